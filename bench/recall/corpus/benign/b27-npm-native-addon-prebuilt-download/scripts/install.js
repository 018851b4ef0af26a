'use strict';
// Downloads the prebuilt N-API binary for this platform from this project's own
// GitHub releases, verifies it against SHA256SUMS shipped in the npm tarball,
// and falls back to compiling from source with node-gyp.
//
// Opt-outs: FASTCSV_SKIP_DOWNLOAD=1 or `npm install --build-from-source`.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const pkg = require('../package.json');

const root = path.join(__dirname, '..');
const target = `${process.platform}-${process.arch}`;
const asset = `fastcsv-v${pkg.version}-napi-v8-${target}.tar.gz`;
const url = `${pkg.binary.host}v${pkg.version}/${asset}`;
const destDir = path.join(root, 'prebuilds', target);

function log(m) { console.log(`fastcsv-native: ${m}`); }

function expectedSum() {
  const line = fs.readFileSync(path.join(root, 'SHA256SUMS'), 'utf8').split('\n').find((l) => l.endsWith('  ' + asset));
  return line ? line.split(/\s+/)[0] : null;
}

function get(u, redirects = 0) {
  return new Promise((resolve, reject) => {
    const { hostname } = new URL(u);
    if (!/^(github\.com|objects\.githubusercontent\.com|release-assets\.githubusercontent\.com)$/.test(hostname)) return reject(new Error(`unexpected host ${hostname}`));
    https.get(u, { headers: { 'user-agent': `fastcsv-native-installer/${pkg.version}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) { res.resume(); return resolve(get(res.headers.location, redirects + 1)); }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

// minimal ustar reader: extract the single fastcsv.node entry
function extractNode(tgz) {
  const tar = zlib.gunzipSync(tgz);
  for (let off = 0; off + 512 <= tar.length;) {
    const name = tar.subarray(off, off + 100).toString().replace(/\0.*$/, '');
    if (!name) break;
    const size = parseInt(tar.subarray(off + 124, off + 136).toString().replace(/\0.*$/, '').trim() || '0', 8);
    const data = tar.subarray(off + 512, off + 512 + size);
    if (path.basename(name) === 'fastcsv.node') return data;
    off += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error('fastcsv.node not found in archive');
}

function buildFromSource() {
  log('building from source with node-gyp');
  const r = spawnSync(process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp', ['rebuild'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { log('native build failed; the pure-JS parser will be used'); }
}

(async () => {
  if (process.env.FASTCSV_SKIP_DOWNLOAD || process.env.npm_config_build_from_source === 'true') return buildFromSource();
  const sum = expectedSum();
  if (!sum) { log(`no prebuilt for ${target}`); return buildFromSource(); }
  try {
    log(`downloading ${url}`);
    const buf = await get(url);
    const got = crypto.createHash('sha256').update(buf).digest('hex');
    if (got !== sum) throw new Error(`checksum mismatch (expected ${sum}, got ${got})`);
    fs.mkdirSync(destDir, { recursive: true });
    fs.writeFileSync(path.join(destDir, 'fastcsv.node'), extractNode(buf));
    log(`installed prebuilt binary for ${target}`);
  } catch (e) {
    log(`prebuilt unavailable (${e.message})`);
    buildFromSource();
  }
})();
