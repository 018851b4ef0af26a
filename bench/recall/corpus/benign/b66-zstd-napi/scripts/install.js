'use strict';
// Use a prebuilt binary shipped in the tarball when one matches; otherwise build with cargo.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const name = `zstd-napi.${process.platform}-${process.arch}.node`;
if (fs.existsSync(path.join(root, 'prebuilds', name))) process.exit(0);

const r = spawnSync('cargo', ['build', '--release', '--quiet'], { cwd: root, stdio: 'inherit' });
if (r.error || r.status !== 0) {
  console.error('zstd-napi: no prebuilt binary for this platform and `cargo build` failed. Install a Rust toolchain (rustup)');
  process.exit(1);
}
const ext = { win32: 'dll', darwin: 'dylib' }[process.platform] || 'so';
const lib = path.join(root, 'target', 'release', `${process.platform === 'win32' ? '' : 'lib'}zstd_napi.${ext}`);
fs.mkdirSync(path.join(root, 'prebuilds'), { recursive: true });
fs.copyFileSync(lib, path.join(root, 'prebuilds', name));
