'use strict';
// Build the native addon from source when a prebuilt binary is not available.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const prebuilt = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`, 'xxhash.node');
if (fs.existsSync(prebuilt)) process.exit(0);

const cargo = spawnSync('cargo', ['--version'], { stdio: 'ignore' });
if (cargo.status !== 0) {
  console.log('xxhash-napi-lite: cargo not found, using the pure-JS fallback');
  process.exit(0);
}

const r = spawnSync('cargo', ['build', '--release', '--manifest-path', path.join(root, 'native', 'Cargo.toml')], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: process.env,
});
if (r.status !== 0) {
  console.log('xxhash-napi-lite: native build failed, using the pure-JS fallback');
  process.exit(0);
}
const ext = process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so';
const lib = path.join(root, 'native', 'target', 'release', `${process.platform === 'win32' ? '' : 'lib'}xxhash_napi_lite.${ext}`);
fs.mkdirSync(path.dirname(prebuilt), { recursive: true });
try { fs.copyFileSync(lib, prebuilt); } catch (_) {}
