"use strict";
const crypto = require("crypto");

const MAGIC = Buffer.from("OCBAK1");
const N = 1 << 17;

function key(pass, salt) {
  return crypto.scryptSync(pass, salt, 32, { N, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
}

function encrypt(buf, pass) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key(pass, salt), iv);
  const body = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([MAGIC, salt, iv, c.getAuthTag(), body]);
}

function decrypt(buf, pass) {
  if (!buf.subarray(0, 6).equals(MAGIC)) throw new Error("not an openclaw backup");
  const salt = buf.subarray(6, 22), iv = buf.subarray(22, 34), tag = buf.subarray(34, 50);
  const d = crypto.createDecipheriv("aes-256-gcm", key(pass, salt), iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(buf.subarray(50)), d.final()]);
}

module.exports = { encrypt, decrypt };
