#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { execFileSync } = require('child_process');
const { config } = require('../lib');

const hook = process.argv[2];
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const cmd = config(root)[hook];
if (!cmd) process.exit(0);
console.log(`hookshot > ${hook} (${cmd})`);
const r = spawnSync(cmd, { cwd: root, shell: true, stdio: 'inherit', env: { ...process.env, HOOKSHOT_GIT_PARAMS: process.argv.slice(3).join(' ') } });
if (r.status !== 0) {
  console.log(`hookshot > ${hook} hook failed (add --no-verify to bypass)`);
  process.exit(r.status || 1);
}
