'use strict';
// Fetch the prebuilt addon for this platform from this package's own GitHub
// release (same version as package.json), verify its SHA-256 against
// checksums.json shipped in the tarball, otherwise build from source.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const sums = require(path.join(root, 'checksums.json'));
const target = `${process.platform}-${process.arch}`;
const dest = path.join(root, 'prebuilds', target, 'crc32c.node');
const url = `${pkg.binary.host}/v${pkg.version}/crc32c-v${pkg.version}-napi-${target}.node`;

function log(msg) { console.log(`crc32c-prebuilt: ${msg}`); }

function download(u, hops = 0) {
  return new Promise((resolve, reject) => {
    const { hostname } = new URL(u);
    if (!/(^|\.)github\.com$|(^|\.)githubusercontent\.com$/.test(hostname)) return reject(new Error(`unexpected host ${hostname}`));
    https.get(u, { headers: { 'user-agent': `crc32c-prebuilt/${pkg.version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && hops < 5) {
        res.resume();
        return resolve(download(res.headers.location, hops + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

function buildFromSource() {
  log('building from source with node-gyp');
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'node-gyp', 'rebuild'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status || 0);
}

(async () => {
  if (process.env.CRC32C_BUILD_FROM_SOURCE || process.env.npm_config_build_from_source === 'true') return buildFromSource();
  if (process.env.CRC32C_OFFLINE) { log('CRC32C_OFFLINE set, skipping download'); return buildFromSource(); }
  const expected = sums[target];
  if (!expected) { log(`no prebuilt for ${target}`); return buildFromSource(); }
  try {
    const buf = await download(url);
    const actual = crypto.createHash('sha256').update(buf).digest('hex');
    if (actual !== expected) {
      log(`checksum mismatch for ${url}\n  expected ${expected}\n  actual   ${actual}`);
      return buildFromSource();
    }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, buf);
    log(`installed verified prebuilt ${path.relative(root, dest)}`);
  } catch (e) {
    log(`download failed (${e.message})`);
    buildFromSource();
  }
})();
