'use strict';
// Fallback installer: only runs when the platform-specific optional dependency
// was not installed (e.g. --no-optional or an unusual package manager).
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { currentTarget } = require('./platform');
const checksums = require('../checksums.json');

const VERSION = require('../package.json').version;
const BASE = process.env.FASTDIFF_MIRROR || `https://github.com/fastdiff-dev/fastdiff/releases/download/v${VERSION}`;

function alreadyInstalled(t) {
  try { require.resolve(`${t.pkg}/bin/${t.exe}`); return true; } catch (_) { return false; }
}

function download(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'User-Agent': `fastdiff-bin/${VERSION}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(download(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTDIFF_SKIP_DOWNLOAD || process.env.FASTDIFF_BINARY_PATH) return;
  const t = currentTarget();
  if (alreadyInstalled(t)) return;

  const file = `fastdiff-${VERSION}-${t.triple}.${t.ext}`;
  const expected = checksums.files[file];
  if (!expected) throw new Error(`no checksum for ${file}`);

  console.log(`fastdiff-bin: optional package ${t.pkg} missing, downloading ${file}`);
  const buf = await download(`${BASE}/${file}`);
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${file}: expected ${expected}, got ${actual}`);
  }

  const vendor = path.join(__dirname, '..', 'vendor');
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, file);
  fs.writeFileSync(archive, buf);
  if (t.ext === 'zip') {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${vendor}'`], { stdio: 'inherit' });
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', vendor, t.exe], { stdio: 'inherit' });
    fs.chmodSync(path.join(vendor, t.exe), 0o755);
  }
  fs.unlinkSync(archive);
  console.log(`fastdiff-bin: installed ${path.join(vendor, t.exe)}`);
}

main().catch((err) => {
  console.error(`fastdiff-bin: ${err.message}`);
  console.error('fastdiff-bin: the `fastdiff` command will not work until this is fixed; see README.');
  process.exitCode = 1;
});
