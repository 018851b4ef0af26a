'use strict';

const https = require('https');
const http = require('http');

let idSeq = 1;

function rpc(url, method, params, timeoutMs) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'http:' ? http : https;
    const body = JSON.stringify({ jsonrpc: '2.0', id: idSeq++, method, params });
    const req = mod.request(u, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      timeout: timeoutMs || 8000
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => {
        try {
          const j = JSON.parse(data);
          if (j.error) return reject(new Error(j.error.message || 'rpc error'));
          resolve(j.result);
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('rpc timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

function fromEthersProvider(provider) {
  return {
    send: (method, params) => provider.send(method, params)
  };
}

function normalise(src) {
  if (typeof src === 'string') return { send: (m, p) => rpc(src, m, p) };
  if (src && typeof src.send === 'function') return fromEthersProvider(src);
  throw new TypeError('expected an RPC URL or an ethers provider');
}

module.exports = { rpc, normalise };
