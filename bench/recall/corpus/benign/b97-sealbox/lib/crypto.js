'use strict';

const crypto = require('crypto');

const MAGIC = Buffer.from('SBX2');
const SCRYPT = { N: 1 << 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };

function deriveKey(passphrase, salt) {
  return crypto.scryptSync(passphrase.normalize('NFKC'), salt, 32, SCRYPT);
}

function seal(plaintext, passphrase) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = deriveKey(passphrase, salt);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(MAGIC);
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([MAGIC, salt, iv, c.getAuthTag(), body]);
}

function open(sealed, passphrase) {
  if (!sealed.subarray(0, 4).equals(MAGIC)) throw new Error('not a sealbox file');
  const salt = sealed.subarray(4, 20);
  const iv = sealed.subarray(20, 32);
  const tag = sealed.subarray(32, 48);
  const key = deriveKey(passphrase, salt);
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(MAGIC);
  d.setAuthTag(tag);
  try {
    return Buffer.concat([d.update(sealed.subarray(48)), d.final()]);
  } catch (_) {
    throw new Error('wrong passphrase or corrupted file');
  }
}

module.exports = { seal, open, MAGIC };
