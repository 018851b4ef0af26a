'use strict';
// Tiny ustar writer + AES-256-GCM envelope. Format: "OCBK1" | salt(16) | iv(12) | tag(16) | ciphertext
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');

function header(name, size, mode, mtime) {
  const h = Buffer.alloc(512);
  h.write(name.slice(0, 99), 0);
  h.write((mode & 0o7777).toString(8).padStart(7, '0') + '\0', 100);
  h.write('0000000\0', 108); h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write(Math.floor(mtime / 1000).toString(8).padStart(11, '0') + '\0', 136);
  h.write('        ', 148); h.write('0', 156); h.write('ustar\0' + '00', 257);
  let sum = 0; for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

function collect(root, rel, out, skip) {
  const abs = path.join(root, rel);
  let st; try { st = fs.lstatSync(abs); } catch { return; }
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    for (const n of fs.readdirSync(abs)) {
      if (skip.has(n)) continue;
      collect(root, path.join(rel, n), out, skip);
    }
  } else if (st.isFile() && st.size < 64 * 1024 * 1024) {
    out.push({ rel, abs, st });
  }
}

function tarGz(root, include) {
  const files = [];
  const skip = new Set(['node_modules', 'npm', 'logs', 'cache', '.git']);
  for (const i of include) collect(root, i, files, skip);
  const parts = [];
  for (const f of files) {
    const data = fs.readFileSync(f.abs);
    parts.push(header(f.rel.split(path.sep).join('/'), data.length, f.st.mode, f.st.mtimeMs), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return { gz: zlib.gzipSync(Buffer.concat(parts)), count: files.length };
}

function encrypt(buf, passphrase) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([Buffer.from('OCBK1'), salt, iv, c.getAuthTag(), ct]);
}

module.exports = { tarGz, encrypt };
