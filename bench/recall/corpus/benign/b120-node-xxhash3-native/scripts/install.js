#!/usr/bin/env node
// Fetch the prebuilt addon for this platform from THIS package's GitHub release,
// verify its sha256 against checksums.json shipped in the npm tarball, and
// fall back to compiling from source (node-gyp) if anything does not match.
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const pkg = require('../package.json');
const sums = require('../checksums.json');
const dest = path.join(root, 'build', 'Release');
const REPO = 'xxhash3-node/node-xxhash3-native';
const ALLOWED_HOSTS = new Set(['github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com']);

function log(m) { console.log(`[node-xxhash3-native] ${m}`); }

function fromSource(reason) {
  log(`building from source (${reason})`);
  const gyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
  const r = spawnSync(process.execPath, [gyp, 'rebuild'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) log('native build failed; the pure-JS fallback will be used');
  process.exit(0);
}

if (process.env.XXH3_BUILD_FROM_SOURCE || process.env.npm_config_build_from_source) fromSource('requested');

const name = `xxhash3-v${pkg.version}-napi-v8-${process.platform}-${process.arch}.tar.gz`;
const expected = sums.files[name];
if (!expected) fromSource(`no prebuild for ${process.platform}-${process.arch}`);

const url = `https://github.com/${REPO}/releases/download/v${pkg.version}/${name}`;

function get(u, redirects, cb) {
  const { hostname } = new URL(u);
  if (!ALLOWED_HOSTS.has(hostname)) return cb(new Error(`refusing redirect to ${hostname}`));
  https.get(u, { headers: { 'user-agent': `node-xxhash3-native/${pkg.version}` } }, (res) => {
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
      res.resume();
      return get(new URL(res.headers.location, u).toString(), redirects - 1, cb);
    }
    if (res.statusCode !== 200) { res.resume(); return cb(new Error(`HTTP ${res.statusCode}`)); }
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  }).on('error', cb);
}

log(`downloading ${url}`);
get(url, 5, (err, buf) => {
  if (err) return fromSource(err.message);
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) return fromSource(`checksum mismatch (${actual.slice(0, 12)}… != ${expected.slice(0, 12)}…)`);
  fs.mkdirSync(dest, { recursive: true });
  const tgz = path.join(dest, name);
  fs.writeFileSync(tgz, buf);
  const r = spawnSync('tar', ['-xzf', tgz, '-C', dest, '--no-same-owner', 'xxhash3.node'], { stdio: 'inherit' });
  fs.unlinkSync(tgz);
  if (r.status !== 0 || !fs.existsSync(path.join(dest, 'xxhash3.node'))) return fromSource('extract failed');
  log('prebuilt binary verified and installed');
});
