'use strict';
const crypto = require('crypto');
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function b58(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0')), s = '';
  while (n > 0n) { s = ALPHABET[Number(n % 58n)] + s; n /= 58n; }
  for (const b of bytes) { if (b === 0) s = '1' + s; else break; }
  return s;
}
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
class PublicKey {
  constructor(bytes) { this._b = Buffer.from(bytes); if (this._b.length !== 32) throw new Error('invalid public key length'); }
  toBytes() { return new Uint8Array(this._b); }
  toBase58() { return b58(this._b); }
  toString() { return this.toBase58(); }
  equals(o) { return Buffer.compare(this._b, Buffer.from(o.toBytes())) === 0; }
  toKeyObject() { return crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, this._b]), format: 'der', type: 'spki' }); }
}
function verify(msg, sig, pub) { return crypto.verify(null, Buffer.from(msg), pub.toKeyObject(), Buffer.from(sig)); }
module.exports = { PublicKey, verify, b58 };
