'use strict';
// Downloads the official pandoc release asset for this platform from GitHub,
// verifies it against checksums.json, and unpacks the pandoc binary into ../vendor.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const pkgRoot = path.resolve(__dirname, '..');
const vendor = path.join(pkgRoot, 'vendor');
const sums = require('../checksums.json');
const key = `${process.platform}-${process.arch}`;
const exe = process.platform === 'win32' ? 'pandoc.exe' : 'pandoc';

function log(m) { console.log(`[pandoc-bin] ${m}`); }

function systemPandoc() {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['pandoc'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() : null;
}

function get(url, dest, redirects = 0) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const allowed = ['github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com'];
    if (u.protocol !== 'https:' || !allowed.includes(u.hostname)) {
      return reject(new Error(`refusing to download from ${u.hostname}`));
    }
    https.get(u, { headers: { 'user-agent': 'pandoc-bin-installer' } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(get(new URL(res.headers.location, u).href, dest, redirects + 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      }
      const out = fs.createWriteStream(dest);
      res.pipe(out);
      out.on('finish', () => out.close(resolve));
      out.on('error', reject);
    }).on('error', reject);
  });
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function extract(archive, into) {
  fs.mkdirSync(into, { recursive: true });
  const args = archive.endsWith('.zip')
    ? (process.platform === 'win32'
        ? ['powershell', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${into}'`]]
        : ['unzip', ['-qo', archive, '-d', into]])
    : ['tar', ['-xzf', archive, '-C', into]];
  const r = spawnSync(args[0], args[1], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`extract failed (${args[0]})`);
}

function findBinary(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const f = findBinary(p);
      if (f) return f;
    } else if (e.name === exe) {
      return p;
    }
  }
  return null;
}

async function main() {
  if (process.env.PANDOC_BIN_SKIP_DOWNLOAD) return log('PANDOC_BIN_SKIP_DOWNLOAD set, skipping');
  const sys = systemPandoc();
  if (sys && !process.env.PANDOC_BIN_FORCE) return log(`using system pandoc at ${sys}`);
  const asset = sums.assets[key];
  if (!asset) return log(`no prebuilt pandoc for ${key}; install pandoc yourself (https://pandoc.org/installing.html)`);

  const url = `https://github.com/jgm/pandoc/releases/download/${sums.version}/${asset.file}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pandoc-bin-'));
  const archive = path.join(tmp, asset.file);
  log(`downloading ${url}`);
  await get(url, archive);
  const got = sha256(archive);
  if (got !== asset.sha256) {
    throw new Error(`checksum mismatch for ${asset.file}: expected ${asset.sha256}, got ${got}`);
  }
  extract(archive, path.join(tmp, 'x'));
  const bin = findBinary(path.join(tmp, 'x'));
  if (!bin) throw new Error('pandoc binary not found in archive');
  fs.mkdirSync(vendor, { recursive: true });
  fs.copyFileSync(bin, path.join(vendor, exe));
  if (process.platform !== 'win32') fs.chmodSync(path.join(vendor, exe), 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`installed pandoc ${sums.version} -> vendor/${exe}`);
}

main().catch((e) => {
  console.error(`[pandoc-bin] ${e.message}`);
  console.error('[pandoc-bin] pandoc was not installed; set PANDOC_PATH or install pandoc manually.');
  process.exitCode = 0; // don't break the parent install, fail at runtime instead
});
