'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const VERSION = '0.7.3';
const BASE = `https://github.com/tomlfmt/tomlfmt/releases/download/v${VERSION}`;
const ASSETS = {
  'linux-x64':    { file: 'tomlfmt-x86_64-unknown-linux-musl',  sha256: '3b1c0e4c8f0d6a1e2b9f7a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e' },
  'linux-arm64':  { file: 'tomlfmt-aarch64-unknown-linux-musl', sha256: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d' },
  'darwin-x64':   { file: 'tomlfmt-x86_64-apple-darwin',        sha256: '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' },
  'darwin-arm64': { file: 'tomlfmt-aarch64-apple-darwin',       sha256: 'f9e8d7c6b5a4938271605f4e3d2c1b0af9e8d7c6b5a4938271605f4e3d2c1b0a' },
  'win32-x64':    { file: 'tomlfmt-x86_64-pc-windows-msvc.exe', sha256: '5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c' }
};

const dest = path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'tomlfmt.exe' : 'tomlfmt-native');

async function main() {
  if (process.env.TOMLFMT_BINARY_PATH) { console.log(`tomlfmt: using ${process.env.TOMLFMT_BINARY_PATH}`); return; }
  if (process.env.TOMLFMT_SKIP_DOWNLOAD) { console.log('tomlfmt: download skipped (TOMLFMT_SKIP_DOWNLOAD)'); return; }
  const key = `${process.platform}-${process.arch}`;
  const asset = ASSETS[key];
  if (!asset) {
    console.warn(`tomlfmt: no prebuilt binary for ${key}; install with \`cargo install tomlfmt\` and set TOMLFMT_BINARY_PATH`);
    return;
  }
  if (fs.existsSync(dest) && sha256(fs.readFileSync(dest)) === asset.sha256) return;

  const url = `${BASE}/${asset.file}`;
  console.log(`tomlfmt: downloading ${url}`);
  const res = await fetch(url, { redirect: 'follow' });
  if (!res.ok) throw new Error(`download failed: HTTP ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const got = sha256(buf);
  if (got !== asset.sha256) throw new Error(`checksum mismatch for ${asset.file}\n  expected ${asset.sha256}\n  got      ${got}`);
  const tmp = dest + '.part';
  fs.writeFileSync(tmp, buf, { mode: 0o755 });
  fs.renameSync(tmp, dest);
  console.log(`tomlfmt: installed ${asset.file} (sha256 verified)`);
}

function sha256(b) { return crypto.createHash('sha256').update(b).digest('hex'); }

main().catch(e => { console.error(`tomlfmt: ${e.message}`); process.exit(1); });
