'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const zlib = require('zlib');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { rustTarget, exeName } = require('./target');
const sources = require('./sources');
const checksums = require('../checksums.json');

const binDir = path.join(__dirname, '..', 'native');
const dest = path.join(binDir, exeName());

function fetchBuffer(url, timeoutMs, hops = 0) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { headers: { 'user-agent': 'oxcss-bin' } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && hops < 5) {
        res.resume();
        return fetchBuffer(new URL(res.headers.location, url).href, timeoutMs, hops + 1).then(resolve, reject);
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs}ms`)));
    req.on('error', reject);
  });
}

function untarSingle(tgz, name) {
  const tar = zlib.gunzipSync(tgz);
  for (let off = 0; off + 512 <= tar.length;) {
    const entry = tar.toString('utf8', off, off + 100).replace(/\0.*$/s, '');
    const size = parseInt(tar.toString('utf8', off + 124, off + 136).trim(), 8) || 0;
    off += 512;
    if (path.basename(entry) === name) return tar.subarray(off, off + size);
    off += Math.ceil(size / 512) * 512;
  }
  throw new Error(`${name} not found in archive`);
}

function verify(file, buf) {
  const expected = checksums[file];
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (expected && expected !== actual) {
    throw new Error(`checksum mismatch for ${file}: ${actual} != ${expected}`);
  }
}

async function main() {
  if (process.env.OXCSS_SKIP_DOWNLOAD) return;
  const target = rustTarget();
  let lastErr;
  for (const src of sources) {
    const url = src.url(target);
    try {
      const archive = await fetchBuffer(url, src.timeoutMs);
      verify(path.basename(new URL(url).pathname), archive);
      fs.mkdirSync(binDir, { recursive: true });
      fs.writeFileSync(dest, untarSingle(archive, exeName()), { mode: 0o755 });
      const v = execFileSync(dest, ['--version'], { encoding: 'utf8' }).trim();
      console.error(`oxcss: installed ${v} from ${src.name}`);
      return;
    } catch (e) {
      lastErr = e;
      console.error(`oxcss: ${src.name} download failed (${e.message}), trying next source`);
    }
  }
  throw lastErr;
}

main().catch((e) => {
  console.error(`oxcss: could not install binary: ${e.message}`);
  console.error('oxcss: set OXCSS_DOWNLOAD_URL or install via `cargo install oxcss`.');
  process.exit(1);
});
