'use strict';
const { JsonRpcProvider, FallbackProvider } = require('ethers');

function multiProvider(urls, { quorum = 1, stallTimeout = 1500 } = {}) {
  const configs = urls.map((u, i) => ({ provider: new JsonRpcProvider(u), priority: i + 1, stallTimeout, weight: 1 }));
  return new FallbackProvider(configs, undefined, { quorum });
}

function retrying(url, { retries = 3, backoff = 400 } = {}) {
  const p = new JsonRpcProvider(url);
  const send = p.send.bind(p);
  p.send = async (method, params) => {
    let err;
    for (let i = 0; i <= retries; i++) {
      try { return await send(method, params); } catch (e) { err = e; await new Promise((r) => setTimeout(r, backoff * 2 ** i)); }
    }
    throw err;
  };
  return p;
}

module.exports = { multiProvider, retrying };
