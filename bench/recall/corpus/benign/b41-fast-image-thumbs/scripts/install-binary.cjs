#!/usr/bin/env node
// Downloads the prebuilt helper for this platform from the project's GitHub release,
// verifies its SHA-256 against checksums.json shipped in the package, and unpacks it.
// Set FAST_IMAGE_THUMBS_SKIP_DOWNLOAD=1 to skip (then pass { binary } yourself).
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

if (process.env.FAST_IMAGE_THUMBS_SKIP_DOWNLOAD) process.exit(0);

const root = path.join(__dirname, '..');
const sums = JSON.parse(fs.readFileSync(path.join(root, 'checksums.json'), 'utf8'));
const asset = `thumbs-helper-${process.platform}-${process.arch}.tar.gz`;
const expected = sums.assets[asset];
if (!expected) {
  console.warn(`[fast-image-thumbs] no prebuilt helper for ${process.platform}-${process.arch}; falling back to pure-JS mode`);
  process.exit(0);
}
const mirror = process.env.FAST_IMAGE_THUMBS_MIRROR || 'https://github.com/fast-image-thumbs/fast-image-thumbs/releases/download';
const url = `${mirror}/v${sums.version}/${asset}`;
const outDir = path.join(root, 'vendor');
const tgz = path.join(outDir, asset);

function download(u, dest, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'user-agent': 'fast-image-thumbs-installer' } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects > 0) {
        res.resume();
        return resolve(download(res.headers.location, dest, redirects - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${u}`));
      const f = fs.createWriteStream(dest);
      res.pipe(f);
      f.on('finish', () => f.close(resolve));
      f.on('error', reject);
    }).on('error', reject);
  });
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  await download(url, tgz);
  const got = crypto.createHash('sha256').update(fs.readFileSync(tgz)).digest('hex');
  if (got !== expected) {
    fs.rmSync(tgz, { force: true });
    throw new Error(`checksum mismatch for ${asset}: expected ${expected}, got ${got}`);
  }
  execFileSync('tar', ['-xzf', tgz, '-C', outDir]);
  fs.rmSync(tgz, { force: true });
  const bin = path.join(outDir, process.platform === 'win32' ? 'thumbs-helper.exe' : 'thumbs-helper');
  if (process.platform !== 'win32') fs.chmodSync(bin, 0o755);
  console.log(`[fast-image-thumbs] installed ${path.relative(root, bin)} (sha256 ok)`);
})().catch((e) => {
  console.warn(`[fast-image-thumbs] helper download failed (${e.message}); pure-JS fallback will be used`);
  process.exit(0);
});
