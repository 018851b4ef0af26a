'use strict';
// Fetches the prebuilt tomlfmt binary for this platform from our GitHub releases and
// verifies it against the checksums shipped in this package. Set TOMLFMT_SKIP_DOWNLOAD=1
// to skip (e.g. when tomlfmt is already on PATH), or TOMLFMT_MIRROR to use a mirror.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const https = require('https');
const { version } = require('./package.json');
const sums = require('./checksums.json');

if (process.env.TOMLFMT_SKIP_DOWNLOAD) process.exit(0);

const key = `${process.platform}-${process.arch}`;
if (!sums[key]) {
  console.warn(`tomlfmt: no prebuilt binary for ${key}; install tomlfmt with cargo and put it on PATH`);
  process.exit(0);
}
const exe = process.platform === 'win32' ? 'tomlfmt.exe' : 'tomlfmt';
const base = process.env.TOMLFMT_MIRROR || 'https://github.com/tomlfmt/tomlfmt/releases/download';
const url = `${base}/v${version}/tomlfmt-${key}${process.platform === 'win32' ? '.exe' : ''}`;
const dest = path.join(__dirname, 'vendor', exe);

function get(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'user-agent': 'tomlfmt-npm' } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, u).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${u}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

(async () => {
  const buf = await get(url);
  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  if (digest !== sums[key]) throw new Error(`checksum mismatch for ${key}: expected ${sums[key]}, got ${digest}`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, buf, { mode: 0o755 });
  console.log(`tomlfmt: installed ${key} binary (${buf.length} bytes, sha256 ok)`);
})().catch((e) => {
  console.error(`tomlfmt: ${e.message}`);
  process.exit(1);
});
