#!/usr/bin/env node
'use strict';
const fs = require('fs'), path = require('path'), readline = require('readline');
const config = require('../lib/config');
const { backup, restore } = require('../lib/archive');
const { push } = require('../lib/push');

function ask(q) {
  return new Promise((res) => { const rl = readline.createInterface({ input: process.stdin, output: process.stderr }); rl.question(q, (a) => { rl.close(); res(a); }); });
}
(async () => {
  const [cmd, arg] = process.argv.slice(2);
  const cfg = config.load();
  if (cmd === 'init') { console.log(config.init() ? `wrote ${config.FILE}` : `${config.FILE} already exists`); return; }
  if (cmd === 'backup') {
    const pass = process.env.DOTVAULT_PASSPHRASE || await ask('Passphrase: ');
    const r = backup(cfg, pass); console.log(`encrypted ${r.files.length} paths -> ${r.out}`); return;
  }
  if (cmd === 'push') {
    const files = fs.readdirSync(cfg.outDir).filter((f) => f.endsWith('.dvlt')).sort();
    if (!files.length) throw new Error('no archives in ' + cfg.outDir + '; run dotvault backup first');
    const ok = await ask(`Upload ${files[files.length - 1]} to ${cfg.remote && cfg.remote.url}? [y/N] `);
    if (!/^y/i.test(ok)) return;
    console.log('uploaded ' + await push(cfg, path.join(cfg.outDir, files[files.length - 1]))); return;
  }
  if (cmd === 'restore' && arg) { restore(arg, await ask('Passphrase: '), path.join(process.cwd(), 'dotvault-restore')); console.log('restored into ./dotvault-restore'); return; }
  console.error('usage: dotvault init|backup|push|restore <archive>'); process.exitCode = 2;
})().catch((e) => { console.error('dotvault: ' + e.message); process.exitCode = 1; });
