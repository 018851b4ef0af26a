'use strict';
// Downloads the platform binary from our release CDN and verifies its SHA-256 against checksums.json
// shipped inside this package. Set FASTLINT_SKIP_DOWNLOAD=1 to skip (e.g. offline/air-gapped installs).
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { version } = require('../package.json');
const sums = require('../checksums.json');

if (process.env.FASTLINT_SKIP_DOWNLOAD) process.exit(0);
const target = `${process.platform}-${process.arch}`;
const file = `fastlint-${target}${process.platform === 'win32' ? '.exe' : ''}`;
const url = `https://releases.fastlint.example.com/v${version}/${file}`;
const dest = path.join(__dirname, '..', 'bin', 'native', file);

if (!sums[file]) { console.warn(`fastlint: no prebuilt binary for ${target}; use cargo install fastlint`); process.exit(0); }
fs.mkdirSync(path.dirname(dest), { recursive: true });

https.get(url, (res) => {
  if (res.statusCode !== 200) { console.error(`fastlint: download failed (${res.statusCode})`); process.exit(1); }
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => {
    const buf = Buffer.concat(chunks);
    const got = crypto.createHash('sha256').update(buf).digest('hex');
    if (got !== sums[file]) { console.error('fastlint: checksum mismatch, refusing to install'); process.exit(1); }
    fs.writeFileSync(dest, buf, { mode: 0o755 });
    console.log(`fastlint: installed ${file}`);
  });
}).on('error', (e) => { console.error('fastlint:', e.message); process.exit(1); });
