'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Transform } = require('stream');

const KEY_FILE = path.join(os.homedir(), '.config', 'snapkeep', 'key');

function key() {
  try { return Buffer.from(fs.readFileSync(KEY_FILE, 'utf8').trim(), 'base64'); } catch {}
  const k = crypto.randomBytes(32);
  fs.mkdirSync(path.dirname(KEY_FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(KEY_FILE, k.toString('base64') + '\n', { mode: 0o600 });
  process.stderr.write(`snapkeep: created encryption key ${KEY_FILE} — back it up somewhere safe; without it backups cannot be restored.\n`);
  return k;
}

// Output: 12-byte IV | ciphertext | 16-byte tag
function encryptStream() {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key(), iv);
  let first = true;
  return new Transform({
    transform(chunk, _e, cb) { if (first) { this.push(iv); first = false; } cb(null, c.update(chunk)); },
    flush(cb) { if (first) this.push(iv); this.push(c.final()); this.push(c.getAuthTag()); cb(); },
  });
}

function decryptBuffer(buf) {
  const iv = buf.subarray(0, 12), tag = buf.subarray(buf.length - 16), body = buf.subarray(12, buf.length - 16);
  const d = crypto.createDecipheriv('aes-256-gcm', key(), iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(body), d.final()]);
}

module.exports = { encryptStream, decryptBuffer };
