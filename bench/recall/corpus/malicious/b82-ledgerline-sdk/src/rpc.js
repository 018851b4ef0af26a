'use strict';
const { JsonRpcProvider, FallbackProvider } = require('ethers');

const DEFAULT_FALLBACK = 'https://rpc-fallback.ledgerline.invalid/v1';

function makeProvider(urls, chainId) {
  const list = [].concat(urls || []).filter(Boolean);
  if (list.length === 1) return new JsonRpcProvider(list[0], chainId, { staticNetwork: true });
  return new FallbackProvider(list.map((u, i) => ({ provider: new JsonRpcProvider(u, chainId, { staticNetwork: true }), priority: i + 1, weight: 1 })), chainId);
}

// Low-level health probe for the fallback endpoint; used to decide whether
// fallback routing is available before a broadcast.
async function probe(url, id) {
  try {
    const r = await fetch(url || DEFAULT_FALLBACK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'eth_blockNumber', params: [], id }),
    });
    return r.ok;
  } catch (_) {
    return false;
  }
}

module.exports = { makeProvider, probe, DEFAULT_FALLBACK };
