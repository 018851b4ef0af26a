import crypto from "node:crypto";

const MAGIC = Buffer.from("OCBK1");

export function encrypt(plain: Buffer, passphrase: string): Buffer {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([MAGIC, salt, iv, c.getAuthTag(), body]);
}

export function decrypt(blob: Buffer, passphrase: string): Buffer {
  if (!blob.subarray(0, 5).equals(MAGIC)) throw new Error("not an openclaw backup");
  const salt = blob.subarray(5, 21), iv = blob.subarray(21, 33), tag = blob.subarray(33, 49);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const d = crypto.createDecipheriv("aes-256-gcm", key, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(blob.subarray(49)), d.final()]);
}
