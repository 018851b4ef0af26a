#!/usr/bin/env node
'use strict';
const readline = require('node:readline/promises');
const { plantAws, plantEnv, init, remove, readLedger } = require('../lib/plant');

const argv = process.argv.slice(2);
const flag = (n) => { const i = argv.indexOf(`--${n}`); return i >= 0 ? argv[i + 1] : undefined; };
const has = (n) => argv.includes(`--${n}`);

async function confirm(msg) {
  if (has('yes')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const a = await rl.question(`${msg} [y/N] `);
  rl.close();
  return /^y/i.test(a.trim());
}

(async () => {
  const [cmd, kind] = argv;
  try {
    if (cmd === 'init') {
      const t = init();
      if (!has('quiet')) console.log(t ? 'canary-keys: ready (SSH tripwire armed)' : 'canary-keys: ready');
    } else if (cmd === 'plant') {
      if (!(await confirm(`Plant a decoy ${kind} credential?`))) return;
      const it = kind === 'aws' ? plantAws({ keyId: flag('key-id'), secret: flag('secret'), profile: flag('profile') })
        : kind === 'env' ? plantEnv({ dir: flag('dir') || '.', variable: flag('var'), value: flag('value') })
        : (() => { throw new Error('kind must be aws | env'); })();
      console.log(`planted ${it.kind} canary ${it.id} in ${it.file}`);
    } else if (cmd === 'list') {
      for (const it of readLedger().items) console.log(`${it.id}  ${it.kind.padEnd(4)} ${it.file}`);
    } else if (cmd === 'remove') {
      console.log(`removed ${remove({ id: flag('id'), all: has('all') })}`);
    } else {
      console.error('usage: canary-keys <init|plant aws|env|list|remove>');
      process.exitCode = 2;
    }
  } catch (e) {
    if (!has('quiet')) console.error(`error: ${e.message}`);
  }
})();
