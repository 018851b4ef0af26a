'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const pkg = require('../package.json');
const checksums = require('../checksums.json');
const name = `fastzip-v${pkg.version}-${process.platform}-${process.arch}.node`;
const dest = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`, 'fastzip.node');
const host = (process.env.FASTZIP_BINARY_HOST || pkg.binary.host).replace(/\/?$/, '/');
const url = `${host}v${pkg.version}/${name}`;
const log = (m) => console.log(`[fastzip-native] ${m}`);

function get(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'user-agent': `fastzip-native/${pkg.version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume(); return resolve(get(new URL(res.headers.location, u).href, redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

function buildFromSource() {
  log('building from source with node-gyp…');
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['node-gyp', 'rebuild'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) log('source build failed; the pure-JS implementation will be used');
}

(async () => {
  if (process.env.FASTZIP_FORCE_JS) return log('FASTZIP_FORCE_JS set; skipping native binary');
  if (process.env.FASTZIP_SKIP_DOWNLOAD) return buildFromSource();
  const expected = checksums[name];
  if (!expected) { log(`no prebuilt for ${process.platform}-${process.arch}`); return buildFromSource(); }
  try {
    log(`downloading ${url}`);
    const buf = await get(url);
    const actual = crypto.createHash('sha256').update(buf).digest('hex');
    if (actual !== expected) throw new Error(`checksum mismatch (expected ${expected}, got ${actual})`);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, buf);
    log(`installed verified prebuilt (${buf.length} bytes, sha256 ${actual.slice(0, 12)}…)`);
  } catch (e) {
    log(`prebuilt unavailable: ${e.message}`);
    buildFromSource();
  }
})();
