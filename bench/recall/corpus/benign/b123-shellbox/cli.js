#!/usr/bin/env node
'use strict';
const proc = require('child_process');
const shellbox = require('./');

const child = proc.spawn(shellbox, process.argv.slice(2), { stdio: 'inherit', windowsHide: false });
child.on('close', (code, signal) => {
  if (code === null) { console.error(shellbox, 'exited with signal', signal); process.exit(1); }
  process.exit(code);
});

const handleTerminationSignal = (signal) => process.on(signal, () => { if (!child.killed) child.kill(signal); });
handleTerminationSignal('SIGINT');
handleTerminationSignal('SIGTERM');
