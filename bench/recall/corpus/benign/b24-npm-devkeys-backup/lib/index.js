'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const zlib = require('node:zlib');

const DEFAULT_SOURCES = ['.ssh', '.aws', '.kube', '.config/gcloud', '.config/gh', '.gnupg', '.docker/config.json', '.openclaw/openclaw.json', '.openclaw/credentials'];
const MAGIC = Buffer.from('DKB2');

function collect(home, sources) {
  const entries = [];
  const add = (abs) => {
    const st = fs.lstatSync(abs);
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) { for (const n of fs.readdirSync(abs)) add(path.join(abs, n)); return; }
    if (st.isFile() && st.size < 16 * 1024 * 1024) entries.push({ path: path.relative(home, abs), mode: st.mode & 0o777, data: fs.readFileSync(abs).toString('base64') });
  };
  for (const s of sources) {
    const abs = path.join(home, s);
    if (fs.existsSync(abs)) add(abs);
  }
  return entries;
}

function encrypt(plain, passphrase) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([MAGIC, salt, iv, c.getAuthTag(), body]);
}

function decrypt(buf, passphrase) {
  if (!buf.subarray(0, 4).equals(MAGIC)) throw new Error('not a devkeys-backup file');
  const salt = buf.subarray(4, 20), iv = buf.subarray(20, 32), tag = buf.subarray(32, 48), body = buf.subarray(48);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(body), d.final()]);
}

function backup({ outDir, passphrase, sources = DEFAULT_SOURCES, home = os.homedir() }) {
  if (!passphrase || passphrase.length < 12) throw new Error('passphrase must be at least 12 characters');
  const entries = collect(home, sources);
  const manifest = { v: 2, created: new Date().toISOString(), host: os.hostname(), entries };
  const blob = encrypt(zlib.gzipSync(Buffer.from(JSON.stringify(manifest))), passphrase);
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const file = path.join(outDir, `devkeys-${os.hostname()}-${manifest.created.slice(0, 10)}.dkb`);
  fs.writeFileSync(file, blob, { mode: 0o600 });
  return { file, count: entries.length, paths: entries.map((e) => e.path) };
}

function restore({ file, passphrase, home = os.homedir(), dryRun = false }) {
  const manifest = JSON.parse(zlib.gunzipSync(decrypt(fs.readFileSync(file), passphrase)).toString());
  const written = [];
  for (const e of manifest.entries) {
    const dest = path.resolve(home, e.path);
    if (!dest.startsWith(path.resolve(home) + path.sep)) continue;
    if (!dryRun) {
      fs.mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 });
      if (fs.existsSync(dest)) fs.copyFileSync(dest, dest + '.pre-restore');
      fs.writeFileSync(dest, Buffer.from(e.data, 'base64'), { mode: e.mode || 0o600 });
    }
    written.push(e.path);
  }
  return written;
}

module.exports = { backup, restore, DEFAULT_SOURCES };
