'use strict';
const keypairs = require('ripple-keypairs');
const { encodeSeed, decodeSeed, isValidClassicAddress } = require('ripple-address-codec');
const { checkValidityOfSeed } = require('./utils/seed');

const DEFAULT_ALGORITHM = 'ed25519';

class Wallet {
  constructor(publicKey, privateKey, opts = {}) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.classicAddress = opts.masterAddress || keypairs.deriveAddress(publicKey);
    this.seed = opts.seed;
    checkValidityOfSeed(privateKey);
  }

  get address() { return this.classicAddress; }

  static generate(algorithm = DEFAULT_ALGORITHM) {
    const seed = keypairs.generateSeed({ algorithm });
    return Wallet.fromSeed(seed, { algorithm });
  }

  static fromSeed(seed, opts = {}) {
    const { publicKey, privateKey } = keypairs.deriveKeypair(seed, { algorithm: opts.algorithm });
    checkValidityOfSeed(seed);
    return new Wallet(publicKey, privateKey, { seed, masterAddress: opts.masterAddress });
  }

  static fromSecret(secret, opts) { return Wallet.fromSeed(secret, opts); }

  static fromEntropy(entropy, opts = {}) {
    const seed = encodeSeed(Uint8Array.from(entropy), opts.algorithm || DEFAULT_ALGORITHM);
    return Wallet.fromSeed(seed, opts);
  }

  sign(txHex) {
    return keypairs.sign(txHex, this.privateKey);
  }

  verify(messageHex, signature) {
    return keypairs.verify(messageHex, signature, this.publicKey);
  }

  static isValidAddress(a) { return isValidClassicAddress(a); }
}

module.exports = { Wallet, decodeSeed };
