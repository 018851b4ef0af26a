'use strict';

// Postinstall: make sure the platform binary is available. Normally npm already installed the
// matching optional dependency and this script only verifies it. When optional dependencies
// were skipped, fetch that single package from the configured npm registry, verify its
// integrity against the pinned table, and extract bin/fastgrep into ./vendor.

const fs = require('fs');
const path = require('path');
const https = require('https');
const zlib = require('zlib');
const crypto = require('crypto');
const { packageName, binName, INTEGRITY } = require('./lib/platform');

const VERSION = require('./package.json').version;

function alreadyInstalled(pkg) {
  try {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    return fs.existsSync(path.join(dir, 'bin', binName()));
  } catch (_) {
    return false;
  }
}

function registry() {
  const r = process.env.npm_config_registry || 'https://registry.npmjs.org/';
  return r.endsWith('/') ? r : r + '/';
}

function get(url, redirects) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `fastgrep-installer/${VERSION}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && (redirects || 0) < 5) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), (redirects || 0) + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`GET ${url}: HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

// Read one regular file out of a tar buffer (ustar, no extensions needed for npm tarballs).
function extractFile(tar, wanted) {
  let off = 0;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/, '');
    const prefix = header.toString('utf8', 345, 500).replace(/\0.*$/, '');
    const full = prefix ? `${prefix}/${name}` : name;
    const size = parseInt(header.toString('utf8', 124, 136).replace(/\0.*$/, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    off += 512;
    if (full === wanted && (type === '0' || type === '\0')) return tar.subarray(off, off + size);
    off += Math.ceil(size / 512) * 512;
  }
  return null;
}

async function fetchFallback(pkg) {
  const expected = INTEGRITY[pkg];
  if (!expected) throw new Error(`no pinned integrity for ${pkg}`);
  const unscoped = pkg.split('/')[1];
  const url = `${registry()}${pkg}/-/${unscoped}-${VERSION}.tgz`;
  const tgz = await get(url);
  const actual = 'sha512-' + crypto.createHash('sha512').update(tgz).digest('base64');
  if (actual !== expected) throw new Error(`integrity mismatch for ${pkg}: expected ${expected}, got ${actual}`);
  const bin = extractFile(zlib.gunzipSync(tgz), `package/bin/${binName()}`);
  if (!bin) throw new Error(`bin/${binName()} not found in ${pkg}`);
  const dest = path.join(__dirname, 'vendor', binName());
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, bin, { mode: 0o755 });
  return dest;
}

async function main() {
  if (process.env.FASTGREP_BINARY_PATH) return;
  const pkg = packageName();
  if (alreadyInstalled(pkg)) return;
  console.log(`fastgrep: ${pkg} was not installed (optional dependencies skipped?); fetching it from ${registry()}`);
  const dest = await fetchFallback(pkg);
  console.log(`fastgrep: installed ${path.relative(process.cwd(), dest)}`);
}

main().catch((e) => {
  console.error(`fastgrep: ${e.message}`);
  console.error('fastgrep: set FASTGREP_BINARY_PATH to a fastgrep binary to skip this step.');
  process.exit(1);
});
