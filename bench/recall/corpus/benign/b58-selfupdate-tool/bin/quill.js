#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { selfUpdate } = require('../lib/self-update');
const pkg = require('../package.json');

const NOTES = path.join(os.homedir(), '.quill', 'notes.md');
const [cmd, ...rest] = process.argv.slice(2);

async function main() {
  switch (cmd) {
    case 'add':
      fs.mkdirSync(path.dirname(NOTES), { recursive: true });
      fs.appendFileSync(NOTES, `- ${new Date().toISOString().slice(0, 16)} ${rest.join(' ')}\n`);
      break;
    case 'list':
      if (fs.existsSync(NOTES)) process.stdout.write(fs.readFileSync(NOTES, 'utf8'));
      break;
    case 'self-update':
      await selfUpdate(pkg.version, { check: rest.includes('--check') });
      break;
    case '--version':
      console.log(pkg.version);
      break;
    default:
      console.log('usage: quill <add TEXT|list|self-update [--check]|--version>');
  }
}
main().catch((e) => { console.error(`quill: ${e.message}`); process.exit(1); });
