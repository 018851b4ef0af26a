#!/usr/bin/env node
'use strict';
const { spawn } = require('node:child_process');
const { load } = require('../dist/index.cjs');

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = sep >= 0 ? argv.slice(0, sep) : argv;
const cmd = sep >= 0 ? argv.slice(sep + 1) : [];
const get = (f) => { const i = opts.indexOf(f); return i >= 0 ? opts[i + 1] : undefined; };

const { files } = load({ mode: get('--mode'), path: get('--path'), override: opts.includes('--override') });
if (!cmd.length) {
  console.log(`envcascade: would load ${files.join(', ') || '(none)'}; usage: envcascade [--mode m] -- <command>`);
  process.exit(0);
}
const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
child.on('exit', (code, sig) => (sig ? process.kill(process.pid, sig) : process.exit(code ?? 1)));
