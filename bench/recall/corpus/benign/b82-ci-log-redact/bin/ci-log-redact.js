#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const { secretValues, addMasks, redactStream } = require('../src');

const argv = process.argv.slice(2);
const extra = [];
let i = 0;
for (; i < argv.length; i++) {
  if (argv[i] === '--name') extra.push(argv[++i]);
  else if (argv[i] === '--') { i++; break; }
  else break;
}
const cmd = argv.slice(i);
const values = secretValues(process.env, extra);

if (process.env.GITHUB_ACTIONS === 'true') {
  const n = addMasks(values);
  process.stderr.write(`ci-log-redact: registered ${n} mask(s) for ${values.length} secret value(s)\n`);
}

if (!cmd.length) {
  // filter mode: cmd | ci-log-redact
  if (!process.stdin.isTTY) process.stdin.pipe(redactStream(values)).pipe(process.stdout);
  process.exitCode = 0;
} else {
  const child = spawn(cmd[0], cmd.slice(1), { stdio: ['inherit', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  child.stdout.pipe(redactStream(values)).pipe(process.stdout);
  child.stderr.pipe(redactStream(values)).pipe(process.stderr);
  child.on('close', (code) => process.exit(code ?? 1));
}
