'use strict';
// Downloads the platform zstd binary, verifies its SHA-256 against checksums.json
// (shipped inside this package), and extracts it to ./vendor. Nothing is executed
// except `zstd --version` to confirm the binary works.
//
// Environment:
//   ZSTD_BIN_SKIP_DOWNLOAD=1   skip download (use system zstd)
//   ZSTD_BIN_PATH=/path/zstd   use an existing binary
//   ZSTD_BIN_MIRROR=https://…  alternative mirror (same file names)
//   HTTPS_PROXY                honoured through the standard agent

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const vendor = path.join(root, 'vendor');
const manifest = require('../checksums.json');

function log(msg) { process.stderr.write(`[zstd-cli-bin] ${msg}\n`); }

function download(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'zstd-cli-bin-installer' } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (next.protocol !== 'https:') return reject(new Error('refusing non-https redirect'));
        return resolve(download(next.href, redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.ZSTD_BIN_SKIP_DOWNLOAD) return log('download skipped (ZSTD_BIN_SKIP_DOWNLOAD)');
  if (process.env.ZSTD_BIN_PATH) return log(`using ${process.env.ZSTD_BIN_PATH}`);
  const key = `${process.platform}-${process.arch}`;
  const asset = manifest.assets[key];
  if (!asset) return log(`no prebuilt binary for ${key}; install zstd with your package manager`);

  const base = (process.env.ZSTD_BIN_MIRROR || manifest.baseUrl).replace(/\/$/, '');
  const url = `${base}/${asset.file}`;
  log(`downloading ${url}`);
  const buf = await download(url);

  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  if (digest !== asset.sha256) {
    throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${digest}`);
  }

  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, asset.file);
  fs.writeFileSync(archive, buf);
  if (asset.file.endsWith('.zip')) {
    execFileSync('tar', ['-xf', archive, '-C', vendor]); // bsdtar on Windows 10+ handles zip
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', vendor]);
  }
  fs.unlinkSync(archive);
  const exe = path.join(vendor, process.platform === 'win32' ? 'zstd.exe' : 'zstd');
  if (process.platform !== 'win32') fs.chmodSync(exe, 0o755);
  const v = execFileSync(exe, ['--version']).toString().trim();
  log(`installed: ${v}`);
}

main().catch((err) => {
  log(`install failed: ${err.message}`);
  log('you can set ZSTD_BIN_PATH to an existing zstd binary');
  process.exitCode = 1;
});
