#!/usr/bin/env node
'use strict';

// Downloads the platform binary listed in checksums.json, verifies its
// SHA-256 against the pinned value shipped in this package, and unpacks it
// into ./vendor. Set TIDYFMT_BINARY_PATH to use a binary you already have,
// or TIDYFMT_SKIP_DOWNLOAD=1 to skip (e.g. in offline CI; the bin wrapper
// then explains how to install manually).

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const manifest = require('../checksums.json');
const vendor = path.join(root, 'vendor');
const key = `${process.platform}-${process.arch}`;

function log(msg) { process.stderr.write(`tidyfmt-bin: ${msg}\n`); }

function download(url, dest, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `tidyfmt-bin/${manifest.version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 5) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (next.protocol !== 'https:') return reject(new Error('refusing non-https redirect'));
        return resolve(download(next.toString(), dest, redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const out = fs.createWriteStream(dest);
      res.pipe(out);
      out.on('finish', () => out.close(resolve));
      out.on('error', reject);
    }).on('error', reject);
  });
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function main() {
  if (process.env.TIDYFMT_SKIP_DOWNLOAD) return log('TIDYFMT_SKIP_DOWNLOAD set, skipping');
  if (process.env.TIDYFMT_BINARY_PATH) return log(`using ${process.env.TIDYFMT_BINARY_PATH}`);
  const asset = manifest.assets[key];
  if (!asset) return log(`no prebuilt binary for ${key}; install tidyfmt manually and set TIDYFMT_BINARY_PATH`);

  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, asset.file);
  const url = `${manifest.baseUrl}/${asset.file}`;
  log(`downloading ${url}`);
  await download(url, archive);

  const got = sha256(archive);
  if (got !== asset.sha256) {
    fs.rmSync(archive, { force: true });
    throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${got}`);
  }

  if (asset.file.endsWith('.zip')) {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${vendor}'`], { stdio: 'inherit' });
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', vendor, '--no-same-owner'], { stdio: 'inherit' });
    fs.chmodSync(path.join(vendor, 'tidyfmt'), 0o755);
  }
  fs.rmSync(archive, { force: true });
  log(`installed tidyfmt ${manifest.version} (${key})`);
}

main().catch((err) => {
  log(err.message);
  log('the tidyfmt command will not work until this is fixed; see README');
  process.exitCode = 1;
});
