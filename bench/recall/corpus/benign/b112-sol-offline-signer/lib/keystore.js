'use strict';
const crypto = require('crypto');
const fs = require('fs');

const N = 1 << 17, r = 8, p = 1;

function encrypt(secretKey, passphrase) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N, r, p, maxmem: 256 * 1024 * 1024 });
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(Buffer.from(secretKey)), c.final()]);
  return { v: 1, kdf: { name: 'scrypt', N, r, p, salt: salt.toString('hex') }, iv: iv.toString('hex'), tag: c.getAuthTag().toString('hex'), ct: ct.toString('hex') };
}

function decrypt(store, passphrase) {
  const { kdf } = store;
  const key = crypto.scryptSync(passphrase, Buffer.from(kdf.salt, 'hex'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * 1024 * 1024 });
  const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(store.iv, 'hex'));
  d.setAuthTag(Buffer.from(store.tag, 'hex'));
  return new Uint8Array(Buffer.concat([d.update(Buffer.from(store.ct, 'hex')), d.final()]));
}

function save(file, store) { fs.writeFileSync(file, JSON.stringify(store, null, 2), { mode: 0o600 }); }
function load(file) { return JSON.parse(fs.readFileSync(file, 'utf8')); }

module.exports = { encrypt, decrypt, save, load };
