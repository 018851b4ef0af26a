'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const zlib = require('zlib');

function collect(p, out) {
  let st; try { st = fs.lstatSync(p); } catch (_) { return; }
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) { for (const e of fs.readdirSync(p)) collect(path.join(p, e), out); return; }
  if (st.isFile() && st.size < 16 << 20) out.push({ path: p, mode: st.mode & 0o777, data: fs.readFileSync(p).toString('base64') });
}

function seal(files, passphrase) {
  const salt = crypto.randomBytes(16), iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(zlib.gzipSync(JSON.stringify(files))), c.final()]);
  return Buffer.concat([Buffer.from('DFV1'), salt, iv, c.getAuthTag(), body]);
}

function open(buf, passphrase) {
  if (buf.subarray(0, 4).toString() !== 'DFV1') throw new Error('not a dotfiles-vault archive');
  const salt = buf.subarray(4, 20), iv = buf.subarray(20, 32), tag = buf.subarray(32, 48);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv); d.setAuthTag(tag);
  return JSON.parse(zlib.gunzipSync(Buffer.concat([d.update(buf.subarray(48)), d.final()])));
}
module.exports = { collect, seal, open };
