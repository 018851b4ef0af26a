'use strict';
const { execSync } = require('child_process');

function v(cmd) {
  try { return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split('\n')[0]; } catch { return null; }
}

function doctor() {
  return {
    node: process.version,
    watchman: v('watchman --version'),
    xcode: process.platform === 'darwin' ? v('xcodebuild -version') : 'n/a',
    cocoapods: process.platform === 'darwin' ? v('pod --version') : 'n/a',
    java: v('java -version 2>&1'),
    androidHome: process.env.ANDROID_HOME || process.env.ANDROID_SDK_ROOT || null,
    adb: v('adb --version'),
  };
}

module.exports = { doctor };
