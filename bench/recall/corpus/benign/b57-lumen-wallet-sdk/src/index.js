'use strict';
const fs = require('fs');
const { Wallet, JsonRpcProvider, parseEther, isAddress, Transaction } = require('ethers');

class LumenWallet {
  /**
   * @param {Wallet} signer local signer; never serialized or sent anywhere
   * @param {{rpcUrl: string, chainId: number}} opts
   */
  constructor(signer, opts) {
    if (!opts || !opts.rpcUrl) throw new Error('rpcUrl is required (no default RPC is used)');
    if (!Number.isInteger(opts.chainId)) throw new Error('chainId is required');
    this.provider = new JsonRpcProvider(opts.rpcUrl, opts.chainId, { staticNetwork: true });
    this.signer = signer.connect(this.provider);
    this.chainId = opts.chainId;
    Object.defineProperty(this, 'signer', { enumerable: false });
  }

  static fromEnv(varName, opts) {
    const key = process.env[varName];
    if (!key) throw new Error(`${varName} is not set`);
    return new LumenWallet(new Wallet(key), opts);
  }

  static async fromKeystore(file, password, opts) {
    const json = fs.readFileSync(file, 'utf8');
    const w = await Wallet.fromEncryptedJson(json, password);
    return new LumenWallet(w, opts);
  }

  get address() {
    return this.signer.address;
  }

  async signTransfer({ to, valueEth, gasLimit = 21000n }) {
    if (!isAddress(to)) throw new Error(`invalid recipient: ${to}`);
    const [nonce, fee] = await Promise.all([
      this.provider.getTransactionCount(this.address, 'pending'),
      this.provider.getFeeData(),
    ]);
    const tx = {
      type: 2,
      chainId: this.chainId,
      to,
      value: parseEther(String(valueEth)),
      nonce,
      gasLimit,
      maxFeePerGas: fee.maxFeePerGas,
      maxPriorityFeePerGas: fee.maxPriorityFeePerGas,
    };
    return this.signer.signTransaction(tx);
  }

  describe(signedHex) {
    const t = Transaction.from(signedHex);
    return { from: t.from, to: t.to, value: t.value.toString(), nonce: t.nonce, chainId: Number(t.chainId) };
  }

  async broadcast(signedHex) {
    const info = this.describe(signedHex);
    if (info.from.toLowerCase() !== this.address.toLowerCase()) throw new Error('signed by a different key');
    const res = await this.provider.broadcastTransaction(signedHex);
    return res.hash;
  }

  async signMessage(message) {
    return this.signer.signMessage(message);
  }
}

module.exports = { LumenWallet };
