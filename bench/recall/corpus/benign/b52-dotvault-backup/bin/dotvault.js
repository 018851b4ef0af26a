#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { backup, open, restore } = require('../lib/archive');

function ask(q) {
  return new Promise((res) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl.stdoutMuted = true;
    rl._writeToOutput = (s) => { if (!rl.stdoutMuted || s.includes(q)) rl.output.write(s); };
    rl.question(q, (a) => { rl.close(); process.stdout.write('\n'); res(a); });
  });
}

const argv = process.argv.slice(2);
const flag = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };

(async () => {
  const cmd = argv[0];
  if (cmd === 'backup') {
    const to = flag('--to');
    if (!to) throw new Error('--to <folder> is required');
    const p1 = await ask('Passphrase: ');
    const p2 = await ask('Repeat: ');
    if (p1 !== p2 || p1.length < 10) throw new Error('passphrases differ or are shorter than 10 chars');
    const include = argv.filter((a, i) => argv[i - 1] === '--include');
    const r = backup({ to, passphrase: p1, include });
    console.log(`wrote ${r.out} (${r.files} files)`);
  } else if (cmd === 'list') {
    const a = open(argv[1], await ask('Passphrase: '));
    console.log(`created ${a.created} on ${a.host}`);
    for (const e of a.entries) console.log(`  ${e.mode.toString(8)}  ${e.rel}`);
  } else if (cmd === 'restore') {
    const n = restore({ file: argv[1], passphrase: await ask('Passphrase: '), into: flag('--into') || process.cwd(), overwrite: argv.includes('--overwrite') });
    console.log(`restored ${n} files`);
  } else {
    console.log('usage: dotvault <backup --to DIR | list FILE | restore FILE --into DIR [--overwrite]>');
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
