#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { query } = require('../lib/query');
const updater = require('../lib/update');
const pkg = require('../package.json');

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === '--version' || cmd === '-v') return console.log(pkg.version);
  if (cmd === 'upgrade') return updater.upgrade({ yes: rest.includes('--yes') });
  if (!cmd || cmd === '--help') {
    console.log('usage: jsonq <path> [file]   e.g. jsonq .items[0].name data.json\n       jsonq upgrade [--yes]');
    return;
  }
  const input = rest[0] ? fs.readFileSync(rest[0], 'utf8') : await readStdin();
  const out = query(JSON.parse(input), cmd);
  console.log(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
  await updater.notify();
}

main().catch((e) => { console.error('jsonq:', e.message); process.exit(1); });
