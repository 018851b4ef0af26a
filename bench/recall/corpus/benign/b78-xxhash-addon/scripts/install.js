#!/usr/bin/env node
'use strict';

// Install step, modelled on prebuild-install:
//   1. If build/Release/xxhash.node already exists (local build), do nothing.
//   2. Otherwise download the prebuilt addon for this platform from this
//      project's GitHub release matching package.json "version", verify its
//      SHA-256 against checksums.json (shipped in the npm tarball), and write it
//      to prebuilds/<platform>-<arch>/.
//   3. On any failure (no network, no prebuild, checksum mismatch) fall back to
//      compiling from source with node-gyp.
// Set XXHASH_ADDON_BUILD_FROM_SOURCE=1 or npm_config_build_from_source=true to
// skip the download.

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const pkg = require('../package.json');
const sums = require('../checksums.json');
const tag = `${process.platform}-${process.arch}`;

function log(msg) {
  process.stderr.write(`xxhash-addon: ${msg}\n`);
}

function fromSource(reason) {
  log(`${reason}; building from source with node-gyp`);
  const gyp = process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp';
  const r = spawnSync(gyp, ['rebuild'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `xxhash-addon-install/${pkg.version}` }, timeout: 30000 }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

async function main() {
  if (fs.existsSync(path.join(root, 'build', 'Release', 'xxhash.node'))) return;
  if (process.env.XXHASH_ADDON_BUILD_FROM_SOURCE === '1' || process.env.npm_config_build_from_source === 'true') {
    return fromSource('build-from-source requested');
  }
  const expected = sums[tag];
  if (!expected) return fromSource(`no prebuild for ${tag}`);

  const url = `${pkg.binary.host}v${pkg.version}/xxhash-addon-v${pkg.version}-napi-v8-${tag}.node.gz`;
  let gz;
  try {
    gz = await get(url);
  } catch (e) {
    return fromSource(`download failed (${e.message})`);
  }
  const bin = zlib.gunzipSync(gz);
  const actual = crypto.createHash('sha256').update(bin).digest('hex');
  if (actual !== expected) return fromSource(`checksum mismatch for ${tag} (expected ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…)`);

  const dir = path.join(root, 'prebuilds', tag);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'node.napi.node'), bin);
  log(`installed verified prebuild for ${tag}`);
}

main().catch((e) => fromSource(e.message));
