'use strict';
const crypto = require('crypto');

const MAGIC = Buffer.from('OCBK1');

function deriveKey(passphrase, salt) {
  return crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

function encrypt(plain, passphrase) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', deriveKey(passphrase, salt), iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([MAGIC, salt, iv, c.getAuthTag(), body]);
}

function decrypt(blob, passphrase) {
  if (!blob.subarray(0, 5).equals(MAGIC)) throw new Error('not an openclaw backup');
  const salt = blob.subarray(5, 21), iv = blob.subarray(21, 33), tag = blob.subarray(33, 49);
  const d = crypto.createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt), iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(blob.subarray(49)), d.final()]);
}

module.exports = { encrypt, decrypt };
