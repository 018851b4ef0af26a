'use strict';
// Downloads the tomlfmt binary for this platform from the project's GitHub releases
// and refuses to install it unless its SHA-256 matches checksums.json (shipped in this package).
//
// Opt out:   TOMLFMT_SKIP_DOWNLOAD=1     (then put your own tomlfmt on PATH)
// Use local: TOMLFMT_BINARY=/path/to/tomlfmt

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const pkg = require('../package.json');
const sums = require('../checksums.json');

const TARGETS = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc'
};

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { headers: { 'user-agent': `tomlfmt-bin/${pkg.version}` } }, (res) => {
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
          res.resume();
          const next = new URL(res.headers.location, url);
          if (next.protocol !== 'https:') return reject(new Error('refusing non-https redirect'));
          return resolve(get(next.href, redirects - 1));
        }
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

async function main() {
  if (process.env.TOMLFMT_SKIP_DOWNLOAD || process.env.TOMLFMT_BINARY) {
    console.log('tomlfmt-bin: skipping download');
    return;
  }
  const key = `${process.platform}-${process.arch}`;
  const triple = TARGETS[key];
  if (!triple) {
    console.warn(`tomlfmt-bin: no prebuilt binary for ${key}; install tomlfmt with cargo and set TOMLFMT_BINARY`);
    return;
  }
  const isWin = process.platform === 'win32';
  const asset = `tomlfmt-${triple}.${isWin ? 'zip' : 'tar.gz'}`;
  const expected = sums.assets[asset];
  if (!expected || sums.version !== pkg.version) throw new Error(`no pinned checksum for ${asset}`);

  const url = `https://github.com/tomlfmt/tomlfmt/releases/download/v${pkg.version}/${asset}`;
  console.log(`tomlfmt-bin: downloading ${url}`);
  const data = await get(url);
  const actual = crypto.createHash('sha256').update(data).digest('hex');
  if (actual !== expected) throw new Error(`checksum mismatch for ${asset}: expected ${expected}, got ${actual}`);

  const dest = path.join(__dirname, '..', 'bin', 'native');
  fs.mkdirSync(dest, { recursive: true });
  const archive = path.join(dest, asset);
  fs.writeFileSync(archive, data);
  if (isWin) {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${dest}'`]);
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', dest]);
    fs.chmodSync(path.join(dest, 'tomlfmt'), 0o755);
  }
  fs.unlinkSync(archive);
  console.log('tomlfmt-bin: installed and verified');
}

main().catch((e) => {
  console.error(`tomlfmt-bin: ${e.message}`);
  process.exit(1);
});
