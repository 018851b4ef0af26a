'use strict';

// Minimal archive format: a JSON index followed by file bodies, the whole
// thing gzip-compressed and sealed with AES-256-GCM. Key = scrypt(passphrase).
//   "OCB1" | salt(16) | iv(12) | tag(16) | ciphertext

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');

const MAGIC = Buffer.from('OCB1');

function walk(root, rel, out, filter) {
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (!filter(r, e)) continue;
    if (e.isDirectory()) walk(root, r, out, filter);
    else if (e.isFile()) out.push(r);
  }
  return out;
}

function pack(root, filter) {
  const files = walk(root, '', [], filter);
  const index = [];
  const bodies = [];
  for (const f of files) {
    const full = path.join(root, f);
    const st = fs.statSync(full);
    const data = fs.readFileSync(full);
    index.push({ path: f.split(path.sep).join('/'), size: data.length, mode: st.mode & 0o777, mtime: st.mtimeMs });
    bodies.push(data);
  }
  const head = Buffer.from(JSON.stringify(index));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(head.length);
  return { plain: zlib.gzipSync(Buffer.concat([len, head, ...bodies])), count: files.length };
}

function seal(plain, passphrase) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([MAGIC, salt, iv, c.getAuthTag(), ct]);
}

function open(buf, passphrase) {
  if (!buf.subarray(0, 4).equals(MAGIC)) throw new Error('not an OpenClaw backup file');
  const salt = buf.subarray(4, 20);
  const iv = buf.subarray(20, 32);
  const tag = buf.subarray(32, 48);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  const plain = zlib.gunzipSync(Buffer.concat([d.update(buf.subarray(48)), d.final()]));
  const n = plain.readUInt32BE(0);
  const index = JSON.parse(plain.subarray(4, 4 + n).toString());
  let off = 4 + n;
  return index.map((e) => {
    const data = plain.subarray(off, off + e.size);
    off += e.size;
    return { ...e, data };
  });
}

function unpack(entries, root) {
  for (const e of entries) {
    const dest = path.resolve(root, e.path);
    if (!dest.startsWith(path.resolve(root) + path.sep)) throw new Error(`refusing path outside state dir: ${e.path}`);
    fs.mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 });
    fs.writeFileSync(dest, e.data, { mode: e.mode & 0o600 || 0o600 });
  }
}

module.exports = { pack, seal, open, unpack };
