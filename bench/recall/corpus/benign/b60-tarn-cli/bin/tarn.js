#!/usr/bin/env node
'use strict';

const readline = require('readline');
const { run } = require('../lib/runner');
const selfUpdate = require('../lib/self-update');

function confirm(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(`${q} [y/N] `, (a) => (rl.close(), res(/^y(es)?$/i.test(a.trim())))));
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const channel = rest.includes('--beta') ? 'beta' : 'stable';
  switch (cmd) {
    case 'run':
      if (!rest[0]) throw new Error('usage: tarn run <task>');
      return run(rest[0]);
    case 'self-update':
      if (rest.includes('--check')) {
        const r = await selfUpdate.check(channel);
        console.log(r.available ? `update available: ${r.current} -> ${r.latest}` : `up to date (${r.current})`);
        return;
      }
      return selfUpdate.apply({ channel, yes: rest.includes('--yes'), confirm });
    case '--version':
    case '-v':
      console.log(require('../package.json').version);
      return;
    default:
      console.log('usage: tarn run <task> | tarn self-update [--check] [--beta] [--yes] | tarn --version');
  }
}

main().catch((e) => {
  console.error(`tarn: ${e.message}`);
  process.exit(1);
});
