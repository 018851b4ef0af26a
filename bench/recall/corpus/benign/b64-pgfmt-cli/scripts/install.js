'use strict';
// Downloads the pgfmt release binary for this platform, verifies the pinned
// SHA-256 from checksums.json, and unpacks it to ./vendor. Set
// PGFMT_BINARY_PATH to use a binary you already have and skip the download.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const manifest = require('../checksums.json');
const key = `${process.platform}-${process.arch}`;
const vendor = path.join(root, 'vendor');

function fail(msg) {
  console.error(`pgfmt-cli: ${msg}`);
  console.error('pgfmt-cli: you can set PGFMT_BINARY_PATH to an existing pgfmt binary instead.');
  process.exit(1);
}

function download(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `pgfmt-cli/${manifest.version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(download(new URL(res.headers.location, url).toString(), redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`GET ${url}: HTTP ${res.statusCode}`)); }
      const chunks = [];
      let size = 0;
      res.on('data', (c) => { size += c.length; if (size > 64 << 20) { res.destroy(new Error('asset larger than 64 MiB')); } chunks.push(c); });
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.PGFMT_BINARY_PATH) {
    console.log(`pgfmt-cli: using ${process.env.PGFMT_BINARY_PATH}`);
    return;
  }
  const asset = manifest.assets[key];
  if (!asset) fail(`no prebuilt binary for ${key}`);

  const buf = await download(`${manifest.baseUrl}/${asset.file}`);
  const sum = crypto.createHash('sha256').update(buf).digest('hex');
  if (sum !== asset.sha256) fail(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${sum}`);

  fs.rmSync(vendor, { recursive: true, force: true });
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, asset.file);
  fs.writeFileSync(archive, buf);

  const args = asset.file.endsWith('.zip')
    ? ['-xf', archive, '-C', vendor]
    : ['-xzf', archive, '-C', vendor, '--no-same-owner', '--no-same-permissions', 'pgfmt'];
  const r = spawnSync('tar', args, { stdio: 'inherit' });
  if (r.status !== 0) fail('could not extract the archive (is tar available?)');
  fs.unlinkSync(archive);

  const exe = path.join(vendor, process.platform === 'win32' ? 'pgfmt.exe' : 'pgfmt');
  if (!fs.existsSync(exe)) fail('archive did not contain the pgfmt binary');
  if (process.platform !== 'win32') fs.chmodSync(exe, 0o755);
  console.log(`pgfmt-cli: installed pgfmt ${manifest.version} (${key}, sha256 verified)`);
}

main().catch((e) => fail(e.message));
