'use strict';
// Verifies that the platform-specific native helper was installed through
// optionalDependencies. Some package managers skip optional deps (e.g. with
// --no-optional or a lockfile from another OS); in that case install it with
// npm itself into a private folder. No direct downloads are made.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const version = require('./package.json').version;
const pkg = `@wbp/${process.platform}-${process.arch}`;

function resolveBinary() {
  try {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    return path.join(dir, process.platform === 'win32' ? 'wbp-native.exe' : 'wbp-native');
  } catch { return null; }
}

function fallback() {
  const dest = path.join(__dirname, 'native');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wbp-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', tmp, `${pkg}@${version}`], { stdio: 'inherit' });
    const src = path.join(tmp, 'node_modules', pkg);
    fs.mkdirSync(dest, { recursive: true });
    for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(dest, f));
    fs.chmodSync(path.join(dest, process.platform === 'win32' ? 'wbp-native.exe' : 'wbp-native'), 0o755);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.env.WBP_SKIP_NATIVE) process.exit(0);
const bin = resolveBinary();
if (bin && fs.existsSync(bin)) process.exit(0);
try {
  fallback();
} catch (e) {
  console.warn(`[worker-bundle-pool] native helper unavailable for ${process.platform}-${process.arch}; using the JS path (${e.message})`);
}
