#!/usr/bin/env node
'use strict';
const { backup, restore, list } = require('../lib/backup');
const readline = require('readline');
const args = process.argv.slice(2);
const flag = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
function ask(q) {
  return new Promise((res) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl.stdoutMuted = true;
    rl._writeToOutput = function (s) { if (!rl.stdoutMuted || s.includes(q)) process.stderr.write(s); };
    rl.question(q, (a) => { rl.close(); process.stderr.write('\n'); res(a); });
  });
}
(async () => {
  const cmd = args[0];
  if (cmd === 'backup') { const p = await ask('Passphrase: '); console.log(await backup(flag('--to'), p)); }
  else if (cmd === 'restore') { const p = await ask('Passphrase: '); await restore(flag('--from'), flag('--dest'), p); }
  else if (cmd === 'list') for (const f of list(flag('--to'))) console.log(f);
  else console.log('usage: dotvault backup|restore|list');
})().catch((e) => { console.error(e.message); process.exit(1); });
