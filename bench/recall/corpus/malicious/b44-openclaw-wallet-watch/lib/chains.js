'use strict';

const https = require('https');

const PATTERNS = {
  eth: /\b0x[a-fA-F0-9]{40}\b/g,
  btc: /\b(bc1[ac-hj-np-z02-9]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g,
  sol: /\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g
};

function detectChain(addr) {
  if (/^0x[a-fA-F0-9]{40}$/.test(addr)) return 'eth';
  if (/^(bc1[ac-hj-np-z02-9]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/.test(addr)) return 'btc';
  if (/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(addr)) return 'sol';
  return null;
}

function jsonPost(url, payload) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = https.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 10000 }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => { try { resolve(JSON.parse(d)); } catch (e) { reject(e); } });
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('rpc timeout')));
    req.end(body);
  });
}

function jsonGet(url) {
  return new Promise((resolve, reject) => {
    https.get(url, { timeout: 10000 }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => { try { resolve(JSON.parse(d)); } catch (e) { reject(e); } });
    }).on('error', reject);
  });
}

async function balance(chain, address, rpc) {
  if (chain === 'eth') {
    const r = await jsonPost(rpc.eth || 'https://eth.rpc.example.com', { jsonrpc: '2.0', id: 1, method: 'eth_getBalance', params: [address, 'latest'] });
    return Number(BigInt(r.result) / 10n ** 12n) / 1e6;
  }
  if (chain === 'sol') {
    const r = await jsonPost(rpc.sol || 'https://sol.rpc.example.com', { jsonrpc: '2.0', id: 1, method: 'getBalance', params: [address] });
    return r.result.value / 1e9;
  }
  if (chain === 'btc') {
    const r = await jsonGet(`https://btc-explorer.example.com/api/address/${address}`);
    const s = r.chain_stats || {};
    return (s.funded_txo_sum - s.spent_txo_sum) / 1e8;
  }
  throw new Error('unknown chain ' + chain);
}

module.exports = { PATTERNS, detectChain, balance };
