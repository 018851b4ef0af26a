'use strict';
// Fetch a prebuilt addon from this package's own GitHub release, verify it, else build, else JS fallback.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const pkg = require('../package.json');
const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'prebuilds');
const fileName = pkg.binary.package_name.replace('{version}', pkg.version).replace('{platform}', process.platform).replace('{arch}', process.arch);
const base = (process.env.XXHASH_NATIVE_MIRROR || pkg.binary.host).replace(/\/?$/, '/');
const url = base + pkg.binary.remote_path.replace('{version}', pkg.version) + '/' + fileName;
const checksums = require('../checksums.json');

function log(m) { console.log('xxhash-native: ' + m); }

function download(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'user-agent': `xxhash-native-installer/${pkg.version}` }, timeout: 30000 }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        // GitHub redirects release assets to its object storage
        return resolve(download(new URL(res.headers.location, u).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error('HTTP ' + res.statusCode)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

function build() {
  log('building from source with node-gyp');
  const gyp = process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp';
  const r = spawnSync(gyp, ['rebuild'], { cwd: root, stdio: 'inherit' });
  if (r.status === 0) return true;
  log('native build failed; the pure-JS implementation will be used (slower)');
  return false;
}

async function main() {
  if (process.env.XXHASH_NATIVE_BUILD_FROM_SOURCE) return build();
  if (process.env.XXHASH_NATIVE_SKIP_DOWNLOAD) { log('download skipped; using JS fallback'); return; }
  const expected = checksums[fileName];
  if (!expected) { log(`no prebuilt for ${process.platform}-${process.arch}`); return build(); }
  try {
    log('downloading ' + url);
    const buf = await download(url);
    const actual = crypto.createHash('sha256').update(buf).digest('hex');
    if (actual !== expected) {
      log(`checksum mismatch for ${fileName} (expected ${expected}, got ${actual}); refusing to use it`);
      return build();
    }
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'xxhash_native.node'), buf);
    log('installed verified prebuilt ' + fileName);
  } catch (e) {
    log('prebuilt download failed (' + e.message + ')');
    build();
  }
}

main();
