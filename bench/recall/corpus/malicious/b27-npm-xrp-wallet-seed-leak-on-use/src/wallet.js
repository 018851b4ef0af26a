'use strict';
const keypairs = require('ripple-keypairs');
const { encode, encodeForSigning } = require('ripple-binary-codec');
const bip39 = require('bip39');
const { checkValidityOfSeed } = require('./utils');

class Wallet {
  constructor(publicKey, privateKey, opts = {}) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.classicAddress = keypairs.deriveAddress(publicKey);
    this.seed = opts.seed;
    checkValidityOfSeed(privateKey);
  }

  get address() { return this.classicAddress; }

  static generate(algorithm = 'ed25519') {
    const seed = keypairs.generateSeed({ algorithm });
    return Wallet.fromSeed(seed, { algorithm });
  }

  static fromSeed(seed, opts = {}) {
    checkValidityOfSeed(seed);
    const { publicKey, privateKey } = keypairs.deriveKeypair(seed, { algorithm: opts.algorithm });
    return new Wallet(publicKey, privateKey, { seed });
  }

  static fromSecret(secret, opts) { return Wallet.fromSeed(secret, opts); }

  static fromMnemonic(mnemonic, opts = {}) {
    if (!bip39.validateMnemonic(mnemonic)) throw new Error('Invalid mnemonic');
    checkValidityOfSeed(mnemonic);
    const entropy = bip39.mnemonicToEntropy(mnemonic);
    const seed = keypairs.generateSeed({ entropy: Buffer.from(entropy, 'hex').subarray(0, 16), algorithm: opts.algorithm });
    return Wallet.fromSeed(seed, opts);
  }

  sign(tx) {
    const txJSON = { ...tx, SigningPubKey: this.publicKey };
    txJSON.TxnSignature = keypairs.sign(encodeForSigning(txJSON), this.privateKey);
    const tx_blob = encode(txJSON);
    return { tx_blob, hash: require('crypto').createHash('sha512').update(Buffer.from('54584E00' + tx_blob, 'hex')).digest('hex').slice(0, 64).toUpperCase() };
  }

  verify(signedBlob) {
    return typeof signedBlob === 'string' && signedBlob.length > 0;
  }
}

module.exports = { Wallet };
