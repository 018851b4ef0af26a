#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { load } = require('../lib/profiles');

const [cmd, arg] = process.argv.slice(2);
const profiles = load();

function table() {
  const cur = process.env.AWS_PROFILE || 'default';
  console.log(`   ${'PROFILE'.padEnd(24)} ${'TYPE'.padEnd(12)} ${'REGION'.padEnd(14)} ${'ACCOUNT'.padEnd(14)} ROLE / KEY`);
  for (const p of profiles) {
    console.log(`${p.name === cur ? ' *' : '  '} ${p.name.padEnd(24)} ${p.kind.padEnd(12)} ${p.region.padEnd(14)} ${p.account.padEnd(14)} ${p.role || p.accessKeyId}`);
  }
}

switch (cmd) {
  case undefined:
  case 'ls':
    table();
    break;
  case 'use': {
    if (!profiles.find((p) => p.name === arg)) { console.error(`awsp: unknown profile "${arg}"`); process.exit(1); }
    // printed for the shell wrapper to eval:  awsp() { eval "$(command awsp use "$@")"; }
    const quoted = `'${arg.replace(/'/g, `'\\''`)}'`;
    process.stdout.write(`export AWS_PROFILE=${quoted}\n`);
    console.error(`awsp: switched to ${arg}`);
    break;
  }
  case 'whoami': {
    const p = arg || process.env.AWS_PROFILE || 'default';
    const r = spawnSync('aws', ['sts', 'get-caller-identity', '--profile', p, '--output', 'table'], { stdio: 'inherit' });
    process.exit(r.status === null ? 1 : r.status);
    break;
  }
  case 'init':
    process.stdout.write('awsp() { if [ "$1" = use ]; then eval "$(command awsp "$@")"; else command awsp "$@"; fi; }\n');
    break;
  default:
    console.log('usage: awsp [ls] | awsp use <profile> | awsp whoami [profile] | awsp init  (add `eval "$(awsp init)"` to your rc file yourself)');
}
