'use strict';
// Downloads the platform binary listed in checksums.json, verifies SHA-256 before anything is
// written to its final place, and extracts it with the system tar (bsdtar on Windows 10+).
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const manifest = require('./checksums.json');
const key = `${process.platform}-${process.arch}`;
const exe = process.platform === 'win32' ? 'mdfmt.exe' : 'mdfmt';
const dest = path.join(__dirname, 'bin', 'native', exe);

function log(msg) { if (!process.env.MDFMT_QUIET) console.error(`mdfmt-bin: ${msg}`); }

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `mdfmt-bin/${manifest.version} node/${process.version}` }, timeout: 30000 }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (next.protocol !== 'https:') return reject(new Error(`refusing non-https redirect to ${next}`));
        return resolve(get(next.toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

async function main() {
  if (process.env.MDFMT_BINARY_PATH) { log(`using MDFMT_BINARY_PATH=${process.env.MDFMT_BINARY_PATH}, skipping download`); return; }
  const entry = manifest.files[key];
  if (!entry) { log(`no prebuilt binary for ${key}; install mdfmt yourself and set MDFMT_BINARY_PATH`); return; }
  if (fs.existsSync(dest)) { log('binary already present'); return; }

  const url = `${process.env.MDFMT_MIRROR || manifest.base}/${entry.name}`;
  log(`downloading ${url}`);
  const data = await get(url);
  const sha = crypto.createHash('sha256').update(data).digest('hex');
  if (sha !== entry.sha256) throw new Error(`checksum mismatch for ${entry.name}: expected ${entry.sha256}, got ${sha}`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mdfmt-'));
  try {
    const archive = path.join(tmp, entry.name);
    fs.writeFileSync(archive, data);
    const r = spawnSync('tar', ['-xf', archive, '-C', tmp], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('tar failed to extract the archive');
    const found = path.join(tmp, exe);
    if (!fs.existsSync(found)) throw new Error(`${exe} not found in archive`);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(found, dest);
    fs.chmodSync(dest, 0o755);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const v = spawnSync(dest, ['--version'], { encoding: 'utf8' });
  log(`installed ${(v.stdout || '').trim() || 'mdfmt'} (${key})`);
}

main().catch((e) => {
  console.error(`mdfmt-bin: ${e.message}`);
  console.error('mdfmt-bin: the npm package is installed, but `mdfmt` will not work until the binary is available.');
  process.exitCode = 0;
});
