'use strict';
const os = require('os');
const path = require('path');

const TARGETS = {
  'linux-x64': 'imgpipe-helper-linux-x64',
  'linux-arm64': 'imgpipe-helper-linux-arm64',
  'darwin-x64': 'imgpipe-helper-darwin-x64',
  'darwin-arm64': 'imgpipe-helper-darwin-arm64',
  'win32-x64': 'imgpipe-helper-win32-x64.exe',
};

function target() {
  const t = `${process.platform}-${process.arch}`;
  if (!TARGETS[t]) throw new Error(`imgpipe: unsupported platform ${t}`);
  return TARGETS[t];
}

function helperDir() {
  return path.join(__dirname, '..', 'vendor');
}

function helperPath() {
  return path.join(helperDir(), target().replace(/-(linux|darwin|win32)-(x64|arm64)/, ''));
}

module.exports = { TARGETS, target, helperDir, helperPath, home: os.homedir() };
