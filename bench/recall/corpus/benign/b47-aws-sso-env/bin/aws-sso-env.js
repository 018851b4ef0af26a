#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { credentials } = require('../lib/sso');

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const opts = dash < 0 ? argv : argv.slice(0, dash);
const cmd = dash < 0 ? null : argv.slice(dash + 1);
const profile = opts.find((a) => !a.startsWith('-')) || process.env.AWS_PROFILE || 'default';
const shell = (opts.find((a) => a.startsWith('--shell=')) || '--shell=sh').slice(8);

const env = credentials(profile);
if (cmd && cmd.length) {
  // run a child with the credentials; they never touch disk
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
  process.exit(r.status ?? 1);
}
for (const [k, v] of Object.entries(env)) {
  if (!v) continue;
  if (shell === 'fish') console.log(`set -gx ${k} ${JSON.stringify(v)};`);
  else if (shell === 'powershell') console.log(`$env:${k} = '${v.replace(/'/g, "''")}'`);
  else console.log(`export ${k}=${JSON.stringify(v)}`);
}
console.error(`# credentials for ${profile} expire ${env.AWS_CREDENTIAL_EXPIRATION}`);
