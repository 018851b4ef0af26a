'use strict';
// Downloads the prebuilt fastscan binary for this platform from the project's GitHub
// release, verifies its SHA-256 against checksums.json (shipped in this package), and
// extracts it into ./vendor. Set FASTSCAN_SKIP_DOWNLOAD=1 to skip (e.g. when offline and a
// system fastscan is on PATH), or FASTSCAN_BINARY_PATH to point at your own build.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const { version, assets } = require('./checksums.json');
const BASE = process.env.FASTSCAN_MIRROR || `https://github.com/fastscan-org/fastscan/releases/download/${version}`;
const VENDOR = path.join(__dirname, '..', 'vendor');

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `fastscan-bin/${version}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`GET ${url}: HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTSCAN_SKIP_DOWNLOAD || process.env.FASTSCAN_BINARY_PATH) {
    console.log('fastscan-bin: download skipped');
    return;
  }
  const key = `${process.platform}-${process.arch}`;
  const asset = assets[key];
  if (!asset) {
    console.warn(`fastscan-bin: no prebuilt binary for ${key}; install fastscan yourself and set FASTSCAN_BINARY_PATH`);
    return;
  }
  const buf = await get(`${BASE}/${asset.file}`);
  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  if (digest !== asset.sha256) {
    throw new Error(`fastscan-bin: checksum mismatch for ${asset.file}\n  expected ${asset.sha256}\n  got      ${digest}`);
  }
  fs.mkdirSync(VENDOR, { recursive: true });
  const tmp = path.join(os.tmpdir(), `fastscan-${process.pid}-${asset.file}`);
  fs.writeFileSync(tmp, buf);
  try {
    // bsdtar on Windows 10+ handles .zip too
    execFileSync('tar', ['-xf', tmp, '-C', VENDOR, '--strip-components=1'], { stdio: 'inherit' });
  } finally {
    fs.unlinkSync(tmp);
  }
  const exe = path.join(VENDOR, process.platform === 'win32' ? 'fastscan.exe' : 'fastscan');
  if (process.platform !== 'win32') fs.chmodSync(exe, 0o755);
  console.log(`fastscan-bin: installed ${version} for ${key}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
