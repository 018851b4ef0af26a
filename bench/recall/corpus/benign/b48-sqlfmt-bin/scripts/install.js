#!/usr/bin/env node
'use strict';

// Download the sqlfmt release asset for this platform, verify it against the
// SHA-256 pinned in checksums.json (shipped in this package, so the npm
// integrity hash covers it), and unpack the single binary into ./vendor.
// Set SQLFMT_BINARY=/path/to/sqlfmt to skip the download (offline installs).

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const manifest = require(path.join(root, 'checksums.json'));
const vendor = path.join(root, 'vendor');
const exe = process.platform === 'win32' ? 'sqlfmt.exe' : 'sqlfmt';

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    const proxy = process.env.HTTPS_PROXY || process.env.https_proxy;
    if (proxy) process.stderr.write(`sqlfmt-bin: note: HTTPS_PROXY is set; using Node's default agent\n`);
    https.get(url, { headers: { 'user-agent': 'sqlfmt-bin-installer' } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
        return;
      }
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`GET ${url} -> ${res.statusCode}`));
        return;
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.SQLFMT_BINARY) {
    console.log(`sqlfmt-bin: using SQLFMT_BINARY=${process.env.SQLFMT_BINARY}`);
    return;
  }
  const key = `${process.platform}-${process.arch}`;
  const asset = manifest.assets[key];
  if (!asset) {
    console.warn(`sqlfmt-bin: no prebuilt binary for ${key}; install sqlfmt yourself and set SQLFMT_BINARY`);
    return;
  }
  const url = `${manifest.baseUrl}/${asset.file}`;
  const data = await get(url);
  const digest = crypto.createHash('sha256').update(data).digest('hex');
  if (digest !== asset.sha256) {
    throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${digest}`);
  }
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, asset.file);
  fs.writeFileSync(archive, data);
  if (asset.file.endsWith('.zip')) {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${vendor}'`], { stdio: 'inherit' });
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', vendor, exe], { stdio: 'inherit' });
    fs.chmodSync(path.join(vendor, exe), 0o755);
  }
  fs.unlinkSync(archive);
  console.log(`sqlfmt-bin: installed sqlfmt ${manifest.version} (${key}), sha256 verified`);
}

main().catch((e) => {
  console.error(`sqlfmt-bin: ${e.message}`);
  console.error('sqlfmt-bin: the `sqlfmt` command will not work until this is fixed (or set SQLFMT_BINARY)');
  process.exitCode = 1;
});
