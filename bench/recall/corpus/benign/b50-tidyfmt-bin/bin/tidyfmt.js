#!/usr/bin/env node
'use strict';

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');

const exe = process.env.TIDYFMT_BINARY_PATH
  || path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'tidyfmt.exe' : 'tidyfmt');

if (!fs.existsSync(exe)) {
  console.error(`tidyfmt binary not found at ${exe}. Re-run "npm rebuild tidyfmt-bin" or set TIDYFMT_BINARY_PATH.`);
  process.exit(127);
}

const child = spawn(exe, process.argv.slice(2), { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
