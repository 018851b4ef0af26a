'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const { RELEASE_PUBKEY_PEM, MANIFEST_URL } = require('./keys');

const INSTALL_DIR = process.env.TIDEWAVE_HOME || path.join(os.homedir(), '.tidewave');

function get(url, { maxBytes = 512 * 1024 * 1024 } = {}) {
  return new Promise((resolve, reject) => {
    if (!url.startsWith('https://')) return reject(new Error(`refusing non-https URL ${url}`));
    https.get(url, { timeout: 30000 }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), { maxBytes }));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = []; let n = 0;
      res.on('data', (c) => { n += c.length; if (n > maxBytes) res.destroy(new Error('download too large')); else chunks.push(c); });
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function verifyManifest(raw, sigB64) {
  const key = crypto.createPublicKey(RELEASE_PUBKEY_PEM);
  if (!crypto.verify(null, raw, key, Buffer.from(sigB64, 'base64'))) throw new Error('manifest signature invalid');
  return JSON.parse(raw.toString('utf8'));
}

function platformKey() {
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!arch || !['darwin', 'linux'].includes(process.platform)) throw new Error(`unsupported platform ${process.platform}-${process.arch}`);
  return `${process.platform}-${arch}`;
}

function currentVersion() {
  try { return fs.readFileSync(path.join(INSTALL_DIR, 'current', 'VERSION'), 'utf8').trim(); } catch { return null; }
}

function semverGt(a, b) {
  const pa = a.split('.').map(Number), pb = (b || '0.0.0').split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return false;
}

async function check() {
  const [raw, sig] = await Promise.all([get(MANIFEST_URL), get(MANIFEST_URL + '.sig')]);
  const manifest = verifyManifest(raw, sig.toString().trim());
  const asset = manifest.assets[platformKey()];
  return { latest: manifest.version, current: currentVersion(), asset, newer: semverGt(manifest.version, currentVersion()) };
}

async function install({ log = console.error } = {}) {
  const info = await check();
  if (!info.newer) { log(`tidewave ${info.current} is up to date`); return info; }
  log(`downloading tidewave ${info.latest} (${(info.asset.size / 1e6).toFixed(1)} MB)`);
  const blob = await get(info.asset.url);
  const digest = crypto.createHash('sha256').update(blob).digest('hex');
  if (digest !== info.asset.sha256) throw new Error(`checksum mismatch: expected ${info.asset.sha256}, got ${digest}`);

  const staging = fs.mkdtempSync(path.join(INSTALL_DIR, '.staging-'));
  const tgz = path.join(staging, 'release.tar.gz');
  fs.writeFileSync(tgz, blob);
  const { execFileSync } = require('child_process');
  execFileSync('tar', ['-xzf', tgz, '-C', staging, '--no-same-owner', '--no-same-permissions'], { stdio: 'inherit' });
  fs.rmSync(tgz);
  fs.writeFileSync(path.join(staging, 'VERSION'), info.latest);

  const versions = path.join(INSTALL_DIR, 'versions');
  fs.mkdirSync(versions, { recursive: true });
  const target = path.join(versions, info.latest);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target);
  const link = path.join(INSTALL_DIR, 'current');
  const tmpLink = link + '.new';
  fs.rmSync(tmpLink, { force: true });
  fs.symlinkSync(target, tmpLink);
  fs.renameSync(tmpLink, link);
  log(`tidewave ${info.latest} installed`);
  return info;
}

module.exports = { check, install, verifyManifest, INSTALL_DIR };
