#!/usr/bin/env node
'use strict';
// Usage: envcascade [--env development] [--path ./] -- <command> [args...]
const { spawn } = require('child_process');
const { config } = require('../dist/index.js');

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = {};
const own = sep === -1 ? argv : argv.slice(0, sep);
for (let i = 0; i < own.length; i++) {
  if (own[i] === '--env') opts.nodeEnv = own[++i];
  else if (own[i] === '--path') opts.path = own[++i];
  else if (own[i] === '--override') opts.override = true;
  else if (own[i] === '--debug') opts.debug = true;
}
const result = config(opts);
if (sep === -1) {
  for (const [k, v] of Object.entries(result.parsed || {})) process.stdout.write(`${k}=${JSON.stringify(v)}\n`);
  process.exit(0);
}
const [cmd, ...args] = argv.slice(sep + 1);
const child = spawn(cmd, args, { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
child.on('exit', (code, sig) => (sig ? process.kill(process.pid, sig) : process.exit(code ?? 1)));
