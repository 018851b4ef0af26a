#!/usr/bin/env node
'use strict';
const readline = require('node:readline');
const { backup, restore, DEFAULT_SOURCES } = require('../lib');

function ask(q) {
  return new Promise((res) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => { if (s.startsWith(q)) rl.output.write(s); };
    rl.question(q, (a) => { rl.close(); process.stdout.write('\n'); res(a); });
  });
}

(async () => {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === 'create') {
    if (!arg) return console.error('usage: devkeys-backup create <output-dir>   (e.g. an external drive)');
    console.log('Will back up (if present):\n  ~/' + DEFAULT_SOURCES.join('\n  ~/'));
    const p1 = await ask('Passphrase: ');
    const p2 = await ask('Repeat passphrase: ');
    if (p1 !== p2) return console.error('passphrases differ');
    const r = backup({ outDir: arg, passphrase: p1 });
    console.log(`Encrypted ${r.count} files → ${r.file}\nKeep this file and the passphrase somewhere safe. Nothing was uploaded.`);
  } else if (cmd === 'restore') {
    if (!arg) return console.error('usage: devkeys-backup restore <file.dkb> [--dry-run]');
    const p = await ask('Passphrase: ');
    const w = restore({ file: arg, passphrase: p, dryRun: process.argv.includes('--dry-run') });
    console.log(w.map((x) => '  ~/' + x).join('\n'));
  } else {
    console.log('usage: devkeys-backup create <dir> | restore <file> [--dry-run]');
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
