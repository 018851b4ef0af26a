'use strict';
// Downloads the prebuilt ripfind binary for this platform from the project's release
// host and verifies it against the SHA-256 pinned in checksums.json (shipped in the
// npm tarball, so the registry's integrity hash covers it).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const { version, sha256 } = require('../checksums.json');
const RELEASE_BASE = process.env.RIPFIND_MIRROR || 'https://releases.ripfind.example.com';
const key = `${process.platform}-${process.arch}`;
const exe = process.platform === 'win32' ? 'ripfind.exe' : 'ripfind';
const dest = path.join(__dirname, '..', 'bin', exe);

async function download(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return Buffer.from(await res.arrayBuffer());
}

async function main() {
  if (process.env.RIPFIND_BINARY_PATH) {
    console.log(`ripfind: using RIPFIND_BINARY_PATH=${process.env.RIPFIND_BINARY_PATH}`);
    return;
  }
  const expected = sha256[key];
  if (!expected) {
    console.warn(`ripfind: no prebuilt binary for ${key}; build from source with cargo install ripfind`);
    return;
  }
  if (fs.existsSync(dest) && hash(fs.readFileSync(dest)) === expected) return;

  const url = `${RELEASE_BASE}/v${version}/ripfind-${key}.gz`;
  const bin = zlib.gunzipSync(await download(url));
  const got = hash(bin);
  if (got !== expected) {
    throw new Error(`integrity check failed for ${key}: expected ${expected}, got ${got}`);
  }
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest + '.tmp', bin, { mode: 0o755 });
  fs.renameSync(dest + '.tmp', dest);
  console.log(`ripfind: installed ${version} for ${key}`);
}

function hash(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

main().catch((e) => {
  console.error(`ripfind: ${e.message}`);
  console.error('ripfind: set RIPFIND_BINARY_PATH to a locally built binary to skip the download.');
  process.exit(1);
});
