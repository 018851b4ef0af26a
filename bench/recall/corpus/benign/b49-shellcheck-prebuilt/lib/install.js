'use strict';
// Fetches the ShellCheck release archive for this platform, checks it against
// the pinned SHA-256 in checksums.json, and extracts the single binary into
// ./vendor. Nothing is executed. Set SHELLCHECK_PREBUILT_SKIP=1 to skip (for
// example when shellcheck is already on PATH), or SHELLCHECK_PREBUILT_MIRROR to
// use an internal mirror with the same file names.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const sums = require('./checksums.json');

const vendor = path.join(__dirname, '..', 'vendor');
const key = `${process.platform}-${process.arch}`;
const asset = sums.assets[key];

function fetch(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'shellcheck-prebuilt' } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(fetch(new URL(res.headers.location, url).toString(), redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.SHELLCHECK_PREBUILT_SKIP) return console.log('shellcheck-prebuilt: skipped by SHELLCHECK_PREBUILT_SKIP');
  if (!asset) return console.warn(`shellcheck-prebuilt: no prebuilt binary for ${key}; install shellcheck from your package manager`);
  const base = process.env.SHELLCHECK_PREBUILT_MIRROR || sums.base;
  const buf = await fetch(`${base}/${asset.file}`);
  const got = crypto.createHash('sha256').update(buf).digest('hex');
  if (got !== asset.sha256) throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${got}`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shellcheck-'));
  const archive = path.join(tmp, asset.file);
  fs.writeFileSync(archive, buf);
  fs.mkdirSync(vendor, { recursive: true });
  if (asset.file.endsWith('.zip')) {
    execFileSync('tar', ['-xf', archive, '-C', tmp]);
    fs.copyFileSync(path.join(tmp, 'shellcheck.exe'), path.join(vendor, 'shellcheck.exe'));
  } else {
    execFileSync('tar', ['-xJf', archive, '-C', tmp]);
    const bin = path.join(tmp, `shellcheck-${sums.version}`, 'shellcheck');
    fs.copyFileSync(bin, path.join(vendor, 'shellcheck'));
    fs.chmodSync(path.join(vendor, 'shellcheck'), 0o755);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`shellcheck-prebuilt: installed ShellCheck ${sums.version} (${key}), sha256 verified`);
}

main().catch((e) => {
  console.error('shellcheck-prebuilt: ' + e.message);
  process.exitCode = 1;
});
