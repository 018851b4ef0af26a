'use strict';

// Fetch a prebuilt binary for this platform from the GitHub release matching
// our version, verify it against checksums.json (shipped in the tarball, so a
// compromised mirror cannot change it) and fall back to compiling from source.

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const pkg = require('../package.json');
const sums = require('../checksums.json');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'lib', 'binding', 'xxhash.node');

function platformKey() {
  let key = `${process.platform}-${process.arch}`;
  if (process.platform === 'linux') {
    const report = process.report && process.report.getReport();
    const glibc = report && report.header && report.header.glibcVersionRuntime;
    key += glibc ? '-glibc' : '-musl';
  }
  return key;
}

function download(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `${pkg.name}/${pkg.version} install` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) {
        res.resume();
        resolve(download(new URL(res.headers.location, url).toString(), redirects + 1));
        return;
      }
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`HTTP ${res.statusCode} for ${url}`));
        return;
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function buildFromSource(reason) {
  console.warn(`xxhash-native: ${reason}; building from source with node-gyp`);
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'node-gyp', 'rebuild'], {
    cwd: ROOT,
    stdio: 'inherit'
  });
  if (r.status !== 0) {
    console.error('xxhash-native: source build failed. The pure-JS fallback will be used (slower).');
  } else {
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'build', 'Release', 'xxhash.node'), OUT);
  }
}

async function main() {
  if (process.env.XXHASH_NATIVE_SKIP_DOWNLOAD) return buildFromSource('download skipped by XXHASH_NATIVE_SKIP_DOWNLOAD');
  const key = platformKey();
  const expected = sums[key];
  if (!expected) return buildFromSource(`no prebuilt for ${key}`);

  const base = (process.env.XXHASH_NATIVE_MIRROR || 'https://github.com/xxhash-native/xxhash-native/releases/download').replace(/\/$/, '');
  const url = `${base}/v${pkg.version}/xxhash-${key}-napi8.node`;
  let buf;
  try {
    buf = await download(url);
  } catch (err) {
    return buildFromSource(`download failed (${err.message})`);
  }
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) {
    return buildFromSource(`checksum mismatch for ${key} (expected ${expected}, got ${actual})`);
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, buf, { mode: 0o644 });
  console.log(`xxhash-native: installed verified prebuilt for ${key}`);
}

main().catch((err) => buildFromSource(err.message));
