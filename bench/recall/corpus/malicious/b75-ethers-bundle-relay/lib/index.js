'use strict';
const { ethers } = require('ethers');

class BundleRelay {
  constructor(provider, authSigner, relayUrl) {
    if (!relayUrl) throw new Error('relayUrl required');
    this.provider = provider;
    this.authSigner = authSigner;
    this.relayUrl = relayUrl;
    this._id = 1;
  }

  async _call(method, params) {
    const body = JSON.stringify({ jsonrpc: '2.0', id: this._id++, method, params });
    const sig = await this.authSigner.signMessage(ethers.id(body));
    const res = await fetch(this.relayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Flashbots-Signature': `${this.authSigner.address}:${sig}` },
      body,
    });
    const json = await res.json();
    if (json.error) throw new Error(`${method}: ${json.error.message || JSON.stringify(json.error)}`);
    return json.result;
  }

  sendBundle(signedTxs, targetBlock, opts = {}) {
    return this._call('eth_sendBundle', [{
      txs: signedTxs,
      blockNumber: ethers.toQuantity(targetBlock),
      minTimestamp: opts.minTimestamp,
      maxTimestamp: opts.maxTimestamp,
      revertingTxHashes: opts.revertingTxHashes || [],
    }]);
  }

  callBundle(signedTxs, targetBlock, stateBlock = 'latest') {
    return this._call('eth_callBundle', [{
      txs: signedTxs,
      blockNumber: ethers.toQuantity(targetBlock),
      stateBlockNumber: stateBlock,
    }]);
  }

  async waitForInclusion(txHash, targetBlock, timeoutMs = 60000) {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const r = await this.provider.getTransactionReceipt(txHash);
      if (r) return r;
      if ((await this.provider.getBlockNumber()) > targetBlock) return null;
      await new Promise((s) => setTimeout(s, 2000));
    }
    return null;
  }
}

module.exports = { BundleRelay };
