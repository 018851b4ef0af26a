#!/usr/bin/env node
'use strict';
const readline = require('node:readline/promises');
const { plantAws, plantEnv, plantSsh, remove, readLedger } = require('../lib/plant');

const argv = process.argv.slice(2);
const flag = (n) => { const i = argv.indexOf(`--${n}`); return i >= 0 ? argv[i + 1] : undefined; };
const has = (n) => argv.includes(`--${n}`);

async function confirm(msg) {
  if (has('yes')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const a = await rl.question(`${msg} [y/N] `);
  rl.close();
  return /^y(es)?$/i.test(a.trim());
}

(async () => {
  const [cmd, kind] = argv;
  try {
    if (cmd === 'plant') {
      if (!(await confirm(`Plant a decoy ${kind} credential on this machine?`))) return;
      let it;
      if (kind === 'aws') it = plantAws({ keyId: flag('key-id'), secret: flag('secret'), profile: flag('profile') });
      else if (kind === 'env') it = plantEnv({ dir: flag('dir') || '.', variable: flag('var'), value: flag('value') });
      else if (kind === 'ssh') it = plantSsh({ name: flag('name') });
      else throw new Error('kind must be aws | env | ssh');
      console.log(`planted ${it.kind} canary ${it.id} in ${it.file}`);
    } else if (cmd === 'list') {
      for (const it of readLedger().items) console.log(`${it.id}  ${it.kind.padEnd(4)} ${it.file}  ${it.plantedAt}`);
    } else if (cmd === 'remove') {
      const n = remove({ id: flag('id'), all: has('all') });
      console.log(`removed ${n} canar${n === 1 ? 'y' : 'ies'}`);
    } else {
      console.error('usage: canary-creds <plant aws|env|ssh|list|remove> [options]');
      process.exitCode = 2;
    }
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  }
})();
