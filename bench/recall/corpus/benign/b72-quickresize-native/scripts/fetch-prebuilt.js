'use strict';
// Downloads the prebuilt addon for this platform and verifies it against checksums.json (which is
// part of the published tarball, so the registry's integrity hash covers it). Exits non-zero on
// any problem so the install script falls back to `node-gyp rebuild` from the bundled sources.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const path = require('path');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const sums = require(path.join(root, 'checksums.json'));
const name = `quickresize-v${sums.version}-napi-v8-${process.platform}-${process.arch}.tar.gz`;
const expected = sums.files[name];

if (process.env.QUICKRESIZE_BUILD_FROM_SOURCE || process.env.npm_config_build_from_source === 'true') process.exit(1);
if (!expected) { console.error(`quickresize: no prebuilt for ${process.platform}-${process.arch}; building from source`); process.exit(1); }

const mirror = (process.env.QUICKRESIZE_BINARY_HOST || sums.baseUrl).replace(/\/$/, '');

function download(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { timeout: 30000 }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(download(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

// Minimal tar reader: extracts only regular files named *.node into build/Release.
function extractNode(tgz, dest) {
  const tar = zlib.gunzipSync(tgz);
  let off = 0, wrote = 0;
  while (off + 512 <= tar.length) {
    const hdr = tar.subarray(off, off + 512);
    if (hdr.every((b) => b === 0)) break;
    const fname = hdr.subarray(0, 100).toString('utf8').replace(/\0.*$/, '');
    const size = parseInt(hdr.subarray(124, 136).toString('utf8').replace(/\0.*$/, '').trim() || '0', 8);
    const type = String.fromCharCode(hdr[156] || 48);
    const body = tar.subarray(off + 512, off + 512 + size);
    if ((type === '0' || type === '\0') && fname.endsWith('.node') && !fname.includes('..')) {
      fs.mkdirSync(dest, { recursive: true });
      fs.writeFileSync(path.join(dest, path.basename(fname)), body, { mode: 0o644 });
      wrote++;
    }
    off += 512 + Math.ceil(size / 512) * 512;
  }
  if (!wrote) throw new Error('archive contained no .node file');
}

(async () => {
  try {
    const buf = await download(`${mirror}/${name}`);
    const got = crypto.createHash('sha256').update(buf).digest('hex');
    if (got !== expected) throw new Error(`checksum mismatch for ${name}: expected ${expected}, got ${got}`);
    extractNode(buf, path.join(root, 'build', 'Release'));
    console.error(`quickresize: installed prebuilt ${name}`);
  } catch (e) {
    console.error(`quickresize: prebuilt unavailable (${e.message}); building from source`);
    process.exit(1);
  }
})();
