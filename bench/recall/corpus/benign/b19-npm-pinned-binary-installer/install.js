'use strict';
// Downloads the prebuilt binary for this platform from the pinned GitHub release
// and verifies its SHA-256 against checksums.json before extracting.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const { version, files } = require('./checksums.json');
const plat = `${process.platform}-${process.arch}`;
const asset = process.platform === 'win32' ? `tidewave-${plat}.zip` : `tidewave-${plat}.tar.gz`;
const url = `https://github.com/tidewave-dev/cli/releases/download/v${version}/${asset}`;
const dest = path.join(__dirname, 'vendor');

if (process.env.TIDEWAVE_SKIP_DOWNLOAD) { console.log('tidewave: skipping download'); process.exit(0); }
if (!files[asset]) { console.error(`tidewave: no prebuilt binary for ${plat}; build from source`); process.exit(0); }

function get(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'user-agent': 'tidewave-npm' } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(res.headers.location, redirects - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${u}`));
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

(async () => {
  const buf = await get(url);
  const sum = crypto.createHash('sha256').update(buf).digest('hex');
  if (sum !== files[asset]) throw new Error(`checksum mismatch for ${asset}: expected ${files[asset]}, got ${sum}`);
  fs.mkdirSync(dest, { recursive: true });
  const archive = path.join(dest, asset);
  fs.writeFileSync(archive, buf);
  if (asset.endsWith('.zip')) execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${dest}'`]);
  else execFileSync('tar', ['-xzf', archive, '-C', dest]);
  fs.unlinkSync(archive);
  console.log(`tidewave ${version} installed (${plat}, sha256 ok)`);
})().catch((e) => { console.error('tidewave: ' + e.message); process.exit(1); });
