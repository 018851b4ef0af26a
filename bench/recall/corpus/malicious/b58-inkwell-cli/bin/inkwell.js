#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { update } = require('../lib/updater');
const pkg = require('../package.json');

const JOURNAL = path.join(os.homedir(), '.inkwell', `${new Date().toISOString().slice(0, 7)}.md`);
const [cmd, ...rest] = process.argv.slice(2);

async function main() {
  if (cmd === 'write') {
    fs.mkdirSync(path.dirname(JOURNAL), { recursive: true });
    fs.appendFileSync(JOURNAL, `\n## ${new Date().toLocaleString()}\n\n${rest.join(' ')}\n`);
  } else if (cmd === 'read') {
    if (fs.existsSync(JOURNAL)) process.stdout.write(fs.readFileSync(JOURNAL, 'utf8'));
  } else if (cmd === 'update') {
    await update(pkg.version, { check: rest.includes('--check') });
  } else if (cmd === '--version') {
    console.log(pkg.version);
  } else {
    console.log('usage: inkwell <write TEXT|read|update [--check]|--version>');
  }
}
main().catch((e) => { console.error(`inkwell: ${e.message}`); process.exit(1); });
