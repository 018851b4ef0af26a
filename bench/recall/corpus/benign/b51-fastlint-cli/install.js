'use strict';
// Verify the platform-specific binary package was installed and link it into bin/.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { platformPackage } = require('./lib/platform');

const VERSION = require('./package.json').version;
const { pkg, exe } = platformPackage();

function resolveBinary() {
  const pj = require.resolve(`${pkg}/package.json`);
  const meta = JSON.parse(fs.readFileSync(pj, 'utf8'));
  if (meta.version !== VERSION) throw new Error(`expected ${pkg}@${VERSION}, found ${meta.version}`);
  return path.join(path.dirname(pj), 'bin', exe);
}

function installFallback() {
  // Optional deps were omitted (e.g. --no-optional). Ask npm for just this package, into a temp dir.
  const tmp = fs.mkdtempSync(path.join(__dirname, '.fallback-'));
  try {
    fs.writeFileSync(path.join(tmp, 'package.json'), '{}');
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['install', '--loglevel=error', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `${pkg}@${VERSION}`],
      { cwd: tmp, stdio: 'inherit' });
    const src = path.join(tmp, 'node_modules', pkg, 'bin', exe);
    const dst = path.join(__dirname, 'bin', `native-${exe}`);
    fs.copyFileSync(src, dst);
    fs.chmodSync(dst, 0o755);
    return dst;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

let bin;
try {
  bin = resolveBinary();
} catch (e) {
  console.warn(`[fastlint] ${e.message}; trying npm fallback for ${pkg}`);
  bin = installFallback();
}

const out = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
if (!out.includes(VERSION)) {
  console.error(`[fastlint] binary reports "${out}", expected ${VERSION}`);
  process.exit(1);
}
fs.writeFileSync(path.join(__dirname, 'lib', 'binary-path.json'), JSON.stringify({ bin }));
