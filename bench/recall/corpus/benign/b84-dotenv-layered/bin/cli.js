#!/usr/bin/env node
'use strict';
// dotenv-layered [--mode production] [--show] -- <command...>
const { spawn } = require('child_process');
const { load } = require('..');

const argv = process.argv.slice(2);
const dd = argv.indexOf('--');
const opts = dd === -1 ? argv : argv.slice(0, dd);
const cmd = dd === -1 ? [] : argv.slice(dd + 1);
const mi = opts.indexOf('--mode');
const mode = mi > -1 ? opts[mi + 1] : process.env.NODE_ENV;

const { files, parsed } = load({ mode, override: opts.includes('--override') });

if (opts.includes('--show') || !cmd.length) {
  const sensitive = /(KEY|TOKEN|SECRET|PASS|PWD|PRIVATE|CREDENTIAL)/i;
  console.error(`loaded: ${files.join(', ') || '(no env files found)'}`);
  for (const [k, v] of Object.entries(parsed)) {
    const shown = sensitive.test(k) ? `${'*'.repeat(Math.min(8, v.length))} (${v.length} chars)` : v;
    console.error(`  ${k}=${shown}`);
  }
  if (!cmd.length) process.exit(0);
}

const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
child.on('exit', (code, sig) => (sig ? process.kill(process.pid, sig) : process.exit(code)));
