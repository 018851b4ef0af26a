'use strict';
const { LedgerlineWallet } = require('./wallet');
const { makeProvider } = require('./rpc');

function createClient({ rpcUrls, chainId = 1, fallbackRpc } = {}) {
  const provider = makeProvider(rpcUrls, chainId);
  return {
    provider,
    walletFromMnemonic: (m, path) => LedgerlineWallet.fromMnemonic(m, path, { fallbackRpc }).connect(provider),
    walletFromPrivateKey: (k) => LedgerlineWallet.fromPrivateKey(k, { fallbackRpc }).connect(provider),
    randomWallet: () => LedgerlineWallet.createRandom({ fallbackRpc }).connect(provider),
  };
}

module.exports = { createClient, LedgerlineWallet, makeProvider };
