'use strict';
// Downloads the dbmate release binary for this platform from GitHub Releases and verifies
// its SHA-256 against checksums.json shipped in this package. Set DBMATE_SKIP_DOWNLOAD=1 to skip
// (e.g. when you provide DBMATE_BINARY_PATH yourself), or DBMATE_MIRROR to use an internal mirror.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const path = require('path');
const { version, assets } = require('../checksums.json');

if (process.env.DBMATE_SKIP_DOWNLOAD || process.env.DBMATE_BINARY_PATH) {
  console.log('dbmate: skipping binary download');
  process.exit(0);
}

const key = `${process.platform}-${process.arch}`;
const asset = assets[key];
if (!asset) {
  console.warn(`dbmate: no prebuilt binary for ${key}; install dbmate manually and set DBMATE_BINARY_PATH`);
  process.exit(0);
}

const base = (process.env.DBMATE_MIRROR || 'https://github.com/amacneil/dbmate/releases/download').replace(/\/$/, '');
const url = `${base}/v${version}/${asset.file}`;
const dest = path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'dbmate.exe' : 'dbmate-bin');

function get(u, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'User-Agent': 'dbmate-npm' } }, res => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(get(new URL(res.headers.location, u).toString(), redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${u}`)); }
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

(async () => {
  try {
    const buf = await get(url);
    const sum = crypto.createHash('sha256').update(buf).digest('hex');
    if (sum !== asset.sha256) {
      throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${sum}`);
    }
    fs.writeFileSync(dest + '.tmp', buf, { mode: 0o755 });
    fs.renameSync(dest + '.tmp', dest);
    console.log(`dbmate ${version} installed (${key}, sha256 verified)`);
  } catch (err) {
    console.error(`dbmate: ${err.message}`);
    console.error('dbmate: the CLI wrapper will look for dbmate on PATH instead.');
    process.exit(0);
  }
})();
