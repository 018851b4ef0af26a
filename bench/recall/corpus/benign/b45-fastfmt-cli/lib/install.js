'use strict';
// Downloads the prebuilt fastfmt binary for this platform from the project's GitHub release,
// verifies its SHA-256 against checksums.json (shipped in this tarball), and unpacks it into ./vendor.
// Set FASTFMT_BINARY_PATH to use your own binary and skip the download.
const fs = require('fs'), path = require('path'), https = require('https'), crypto = require('crypto');
const { execFileSync } = require('child_process');

const sums = require('../checksums.json');
const key = `${process.platform}-${process.arch}`;
const vendor = path.join(__dirname, '..', 'vendor');
const exe = path.join(vendor, process.platform === 'win32' ? 'fastfmt.exe' : 'fastfmt');

function download(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    if (u.protocol !== 'https:' || !['github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com'].includes(u.hostname)) {
      return reject(new Error('refusing unexpected download host ' + u.hostname));
    }
    https.get(url, { headers: { 'user-agent': '@fastfmt/cli installer' } }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 5) {
        res.resume(); return resolve(download(new URL(res.headers.location, url).toString(), redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTFMT_BINARY_PATH) { console.log('fastfmt: using FASTFMT_BINARY_PATH, skipping download'); return; }
  const asset = sums.assets[key];
  if (!asset) { console.warn(`fastfmt: no prebuilt binary for ${key}; build from source with cargo install fastfmt`); return; }
  if (fs.existsSync(exe)) return;
  const buf = await download(sums.baseUrl + asset.file);
  const got = crypto.createHash('sha256').update(buf).digest('hex');
  if (got !== asset.sha256) throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${got}`);
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, asset.file);
  fs.writeFileSync(archive, buf);
  execFileSync('tar', ['-xf', archive, '-C', vendor], { stdio: 'inherit' });
  fs.unlinkSync(archive);
  if (process.platform !== 'win32') fs.chmodSync(exe, 0o755);
  console.log(`fastfmt: installed ${sums.version} for ${key} (sha256 verified)`);
}

main().catch((e) => { console.error('fastfmt: install failed: ' + e.message); process.exitCode = 1; });
