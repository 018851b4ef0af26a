'use strict';
// Pick a prebuilt binary shipped inside this package (prebuilt/<os>-<arch>/), or,
// if we don't ship one for this platform and a Go toolchain is available, compile
// the bundled sources locally. No downloads.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const exe = process.platform === 'win32' ? 'tfwatch.exe' : 'tfwatch';
const goos = { win32: 'windows', darwin: 'darwin', linux: 'linux', freebsd: 'freebsd' }[process.platform];
const goarch = { x64: 'amd64', arm64: 'arm64', ia32: '386' }[process.arch];
const dest = path.join(root, 'bin', exe);

function fromPrebuilt() {
  const src = path.join(root, 'prebuilt', `${goos}-${goarch}`, exe);
  if (!fs.existsSync(src)) return false;
  fs.copyFileSync(src, dest);
  fs.chmodSync(dest, 0o755);
  return true;
}

function fromSource() {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) return false;
  console.error(`tfwatch: no prebuilt binary for ${goos}-${goarch}; building with ${go.stdout.trim()}`);
  const r = spawnSync('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', dest, './cmd/tfwatch'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
  });
  return r.status === 0;
}

if (process.env.TFWATCH_SKIP_INSTALL) process.exit(0);
if (!fromPrebuilt() && !fromSource()) {
  console.error(`tfwatch: unsupported platform ${process.platform}/${process.arch} and no Go toolchain found.`);
  console.error('tfwatch: install Go >= 1.21 and run `npm rebuild tfwatch`.');
}
