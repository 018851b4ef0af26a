'use strict';
// Downloads the official protoc release zip for this platform, verifies it against the
// SHA-256 pinned in checksums.json, and extracts bin/protoc + include/. Nothing is executed
// except `protoc --version` as a smoke test. Set PROTOC_BINARY to use an existing protoc,
// PROTOC_MIRROR to use an internal mirror, or PROTOC_SKIP_DOWNLOAD=1 to skip.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const sums = require('../checksums.json');

const vendor = path.join(__dirname, '..', 'vendor');
const mirror = (process.env.PROTOC_MIRROR || 'https://releases.protobuf.example.com/download').replace(/\/$/, '');

function platformKey() {
  const a = process.arch === 'arm64' ? 'aarch_64' : 'x86_64';
  if (process.platform === 'linux') return `linux-${a}`;
  if (process.platform === 'darwin') return `osx-${a}`;
  if (process.platform === 'win32') return 'win64';
  throw new Error(`unsupported platform ${process.platform}-${process.arch}`);
}

function download(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects) { res.resume(); return resolve(download(new URL(res.headers.location, url).toString(), redirects - 1)); }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.PROTOC_SKIP_DOWNLOAD || process.env.PROTOC_BINARY) return console.log('protoc-prebuilt: download skipped');
  const key = platformKey();
  const f = sums.files[key];
  const url = `${mirror}/v${sums.version}/${f.name}`;
  const buf = await download(url);
  const got = crypto.createHash('sha256').update(buf).digest('hex');
  if (got !== f.sha256) throw new Error(`checksum mismatch for ${f.name}: expected ${f.sha256}, got ${got}`);
  fs.rmSync(vendor, { recursive: true, force: true });
  fs.mkdirSync(vendor, { recursive: true });
  const zip = path.join(vendor, f.name);
  fs.writeFileSync(zip, buf);
  const { extractZip } = require('../lib/unzip');
  extractZip(zip, vendor, (name) => name.startsWith('bin/') || name.startsWith('include/'));
  fs.unlinkSync(zip);
  const bin = path.join(vendor, 'bin', process.platform === 'win32' ? 'protoc.exe' : 'protoc');
  if (process.platform !== 'win32') fs.chmodSync(bin, 0o755);
  console.log('protoc-prebuilt:', execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim());
}
main().catch((e) => { console.error(`protoc-prebuilt: ${e.message}`); process.exit(1); });
