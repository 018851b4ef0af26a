'use strict';
// Downloads the fastgrep release asset for this platform, verifies its SHA-256
// against checksums.json (generated in CI when the npm package is published),
// and unpacks the binary into ../vendor. Nothing is executed.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const path = require('path');
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

function log(msg) { process.stderr.write(`fastgrep-bin: ${msg}\n`); }

function fetchBuffer(url, hops = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `${pkg.name}/${pkg.version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && hops > 0) {
        res.resume();
        return resolve(fetchBuffer(new URL(res.headers.location, url).toString(), hops - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`GET ${url} -> HTTP ${res.statusCode}`)); }
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve(Buffer.concat(parts)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTGREP_SKIP_DOWNLOAD) return log('FASTGREP_SKIP_DOWNLOAD set, skipping download');
  const target = TARGETS[`${process.platform}-${process.arch}`];
  if (!target) return log(`no prebuilt binary for ${process.platform}-${process.arch}; build from source with cargo`);

  const ext = process.platform === 'win32' ? 'zip' : 'tar.gz';
  const asset = `fastgrep-${pkg.version}-${target}.${ext}`;
  const expected = sums[asset];
  if (!expected) throw new Error(`no checksum recorded for ${asset}`);

  const base = process.env.FASTGREP_MIRROR || `https://github.com/fastgrep/fastgrep/releases/download/v${pkg.version}`;
  log(`downloading ${asset}`);
  const buf = await fetchBuffer(`${base}/${asset}`);

  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) throw new Error(`checksum mismatch for ${asset}\n  expected ${expected}\n  got      ${actual}`);

  const vendor = path.join(__dirname, '..', 'vendor');
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, asset);
  fs.writeFileSync(archive, buf);
  if (ext === 'zip') {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${vendor}'`], { stdio: 'inherit' });
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', vendor, '--strip-components=1'], { stdio: 'inherit' });
    fs.chmodSync(path.join(vendor, 'fastgrep'), 0o755);
  }
  fs.unlinkSync(archive);
  log(`installed ${path.join(vendor, process.platform === 'win32' ? 'fastgrep.exe' : 'fastgrep')}`);
}

main().catch((err) => {
  log(err.message);
  log('set FASTGREP_SKIP_DOWNLOAD=1 to install without the binary, or FASTGREP_MIRROR to use a mirror');
  process.exit(1);
});
