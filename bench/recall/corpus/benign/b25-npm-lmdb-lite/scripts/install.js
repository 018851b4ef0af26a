#!/usr/bin/env node
'use strict';
// Fetch a prebuilt binary for this platform from our own GitHub release and
// verify it against checksums.json; otherwise compile from source.
// Set LMDB_LITE_BUILD_FROM_SOURCE=1 to skip the download entirely.

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const pkg = require('../package.json');
const checksums = require('../checksums.json');

function fmt(s) {
  return s.replace('{version}', pkg.version).replace('{platform}', process.platform).replace('{arch}', process.arch);
}

function buildFromSource(reason) {
  console.log(`lmdb-lite: building from source (${reason})`);
  const gyp = process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp';
  const r = spawnSync(gyp, ['rebuild'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status == null ? 1 : r.status);
}

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `lmdb-lite-installer/${pkg.version}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.LMDB_LITE_BUILD_FROM_SOURCE) return buildFromSource('requested');
  const name = fmt(pkg.binary.package_name);
  const expected = checksums[name];
  if (!expected) return buildFromSource(`no prebuilt for ${process.platform}-${process.arch}`);
  const url = pkg.binary.host + fmt(pkg.binary.remote_path) + '/' + name;
  let buf;
  try { buf = await get(url); } catch (e) { return buildFromSource(`download failed: ${e.message}`); }
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) return buildFromSource(`checksum mismatch for ${name}`);
  const tmp = path.join(root, '.prebuild.tgz');
  fs.writeFileSync(tmp, buf);
  const dest = path.join(root, 'build', 'Release');
  fs.mkdirSync(dest, { recursive: true });
  await require('tar').x({ file: tmp, cwd: dest, strict: true, filter: (p) => /^[\w.-]+\.node$/.test(path.basename(p)) });
  fs.unlinkSync(tmp);
  console.log(`lmdb-lite: installed verified prebuilt ${name}`);
}

main().catch((e) => buildFromSource(e.message));
