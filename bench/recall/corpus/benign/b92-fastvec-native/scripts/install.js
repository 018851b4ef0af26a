'use strict';

// Download the prebuilt addon for this platform from the project's GitHub
// release and verify it against checksums.json; otherwise build from source.

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const pkg = require('../package.json');
const sums = require('../checksums.json');

const name = `fastvec-v${pkg.version}-napi${pkg.binary.napi}-${process.platform}-${process.arch}.node`;
const url = `${pkg.binary.host}v${pkg.version}/${name}`;
const dest = path.join(__dirname, '..', 'lib', 'binding', 'fastvec.node');

function get(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'user-agent': `${pkg.name}/${pkg.version}` }, timeout: 30000 }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        const next = new URL(res.headers.location, u);
        if (!/(^|\.)github\.com$|(^|\.)githubusercontent\.com$/.test(next.hostname)) return reject(new Error(`unexpected redirect to ${next.hostname}`));
        return resolve(get(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

function buildFromSource(reason) {
  console.log(`fastvec-native: building from source (${reason})`);
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'node-gyp', 'rebuild'], { stdio: 'inherit', cwd: path.join(__dirname, '..') });
  if (r.status !== 0) {
    console.error('fastvec-native: source build failed; the pure-JS fallback will be used');
  } else {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(__dirname, '..', 'build', 'Release', 'fastvec.node'), dest);
  }
}

async function main() {
  if (process.env.FASTVEC_SKIP_DOWNLOAD === '1') return buildFromSource('FASTVEC_SKIP_DOWNLOAD=1');
  const expected = sums[name];
  if (!expected) return buildFromSource(`no prebuilt for ${process.platform}-${process.arch}`);
  let buf;
  try {
    buf = await get(url);
  } catch (e) {
    return buildFromSource(`download failed: ${e.message}`);
  }
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) return buildFromSource(`checksum mismatch for ${name}`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, buf);
  console.log(`fastvec-native: installed verified prebuilt ${name}`);
}

main().catch((e) => buildFromSource(e.message));
