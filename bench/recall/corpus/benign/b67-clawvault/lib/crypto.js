"use strict";
const crypto = require("crypto");
const fs = require("fs");
const { pipeline } = require("stream/promises");

// File format: "CVLT1" | salt(16) | iv(12) | ciphertext | tag(16)
const MAGIC = Buffer.from("CVLT1");

function key(pass, salt) {
  return crypto.scryptSync(pass, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
}

async function encryptFile(src, dst, pass) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key(pass, salt), iv);
  const out = fs.createWriteStream(dst, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(fs.createReadStream(src), c, out, { end: false });
  fs.appendFileSync(dst, c.getAuthTag());
}

async function decryptFile(src, dst, pass) {
  const fd = fs.openSync(src, "r");
  const size = fs.fstatSync(fd).size;
  const head = Buffer.alloc(33);
  fs.readSync(fd, head, 0, 33, 0);
  if (!head.subarray(0, 5).equals(MAGIC)) throw new Error("not a clawvault backup");
  const tag = Buffer.alloc(16);
  fs.readSync(fd, tag, 0, 16, size - 16);
  fs.closeSync(fd);
  const d = crypto.createDecipheriv("aes-256-gcm", key(pass, head.subarray(5, 21)), head.subarray(21, 33));
  d.setAuthTag(tag);
  await pipeline(fs.createReadStream(src, { start: 33, end: size - 17 }), d, fs.createWriteStream(dst, { mode: 0o600 }));
}

module.exports = { encryptFile, decryptFile };
