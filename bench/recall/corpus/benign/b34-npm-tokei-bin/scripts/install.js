'use strict';
// Download the platform binary from the upstream GitHub release and verify its SHA-256
// against checksums.json shipped in this package. Set TOKEI_BIN_SKIP_DOWNLOAD=1 to skip, or
// TOKEI_BINARY_PATH to use an existing binary.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const { version, assets } = require('../checksums.json');
const TARGETS = {
  'linux-x64': 'x86_64-unknown-linux-gnu', 'linux-arm64': 'aarch64-unknown-linux-gnu',
  'darwin-x64': 'x86_64-apple-darwin', 'darwin-arm64': 'aarch64-apple-darwin', 'win32-x64': 'x86_64-pc-windows-msvc'
};

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'tokei-bin-installer' } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects > 0) { res.resume(); return resolve(get(res.headers.location, redirects - 1)); }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => resolve(Buffer.concat(chunks))); res.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.TOKEI_BIN_SKIP_DOWNLOAD || process.env.TOKEI_BINARY_PATH) return;
  const triple = TARGETS[`${process.platform}-${process.arch}`];
  if (!triple) { console.warn(`tokei-bin: no prebuilt binary for ${process.platform}-${process.arch}; install tokei with cargo`); return; }
  const asset = process.platform === 'win32' ? `tokei-${triple}.exe` : `tokei-${triple}.tar.gz`;
  const url = `https://github.com/XAMPPRocky/tokei/releases/download/v${version}/${asset}`;
  const buf = await get(url);
  const sum = crypto.createHash('sha256').update(buf).digest('hex');
  if (sum !== assets[asset]) throw new Error(`tokei-bin: checksum mismatch for ${asset} (got ${sum})`);
  const vendor = path.join(__dirname, '..', 'vendor');
  fs.mkdirSync(vendor, { recursive: true });
  if (asset.endsWith('.exe')) fs.writeFileSync(path.join(vendor, 'tokei.exe'), buf);
  else {
    const tgz = path.join(vendor, asset);
    fs.writeFileSync(tgz, buf);
    execFileSync('tar', ['xzf', tgz, '-C', vendor]);
    fs.rmSync(tgz);
    fs.chmodSync(path.join(vendor, 'tokei'), 0o755);
  }
  console.log(`tokei-bin: installed tokei ${version} (${triple})`);
}

main().catch((e) => { console.error(e.message); process.exitCode = 1; });
