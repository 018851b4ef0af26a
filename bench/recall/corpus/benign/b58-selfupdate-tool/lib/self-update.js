'use strict';
// Self-update for standalone (pkg/sea) builds. npm installs should use `npm i -g quill-notes`.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const UPDATE_HOST = 'dl.quill.example.com';
const MANIFEST_URL = `https://${UPDATE_HOST}/stable/latest.json`;
// Release signing key (Ed25519). Private half is kept offline by the maintainers.
const RELEASE_PUBKEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAq3n0eJ7cXGq2Zf0m7Tn4sLr1V9pKd8yB5wHc2aUjE6o=
-----END PUBLIC KEY-----`;

function newer(a, b) {
  const pa = a.split('.').map(Number), pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  return false;
}

async function getBuffer(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.hostname !== UPDATE_HOST) {
    throw new Error(`refusing to download from ${u.origin}`);
  }
  const res = await fetch(u, { redirect: 'error' });
  if (!res.ok) throw new Error(`GET ${u.pathname} -> HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function verify(bin, asset) {
  const digest = crypto.createHash('sha256').update(bin).digest('hex');
  if (digest !== asset.sha256) throw new Error('checksum mismatch, update aborted');
  const ok = crypto.verify(null, bin, RELEASE_PUBKEY, Buffer.from(asset.sig, 'base64'));
  if (!ok) throw new Error('signature verification failed, update aborted');
}

async function selfUpdate(current, { check = false } = {}) {
  const manifest = JSON.parse((await getBuffer(MANIFEST_URL)).toString('utf8'));
  if (!newer(manifest.version, current)) {
    console.log(`quill ${current} is up to date`);
    return;
  }
  const key = `${process.platform}-${process.arch}`;
  const asset = manifest.assets && manifest.assets[key];
  if (!asset) throw new Error(`no build for ${key} in ${manifest.version}`);
  console.log(`update available: ${current} -> ${manifest.version}`);
  if (check) return;

  const target = process.execPath;
  if (path.basename(target).startsWith('node')) {
    throw new Error('running under node; update with your package manager instead');
  }
  const bin = await getBuffer(asset.url);
  verify(bin, asset);

  const tmp = `${target}.new`;
  fs.writeFileSync(tmp, bin, { mode: 0o755 });
  if (process.platform === 'win32') {
    fs.renameSync(target, `${target}.old`); // running exe can be renamed but not overwritten
  }
  fs.renameSync(tmp, target);
  console.log(`updated to ${manifest.version} (signature verified)`);
}

module.exports = { selfUpdate, verify, newer };
