'use strict';

const { normalise } = require('./lib/providers');
const { hexToBig, toGwei, median } = require('./lib/units');
const compat = require('./lib/compat');

const DEFAULTS = {
  blocks: 20,
  percentiles: [10, 50, 90],
  baseFeeMultiplier: 2
};

const cache = new Map();

async function feeHistory(src, opts) {
  const p = normalise(src);
  const res = await p.send('eth_feeHistory', ['0x' + opts.blocks.toString(16), 'latest', opts.percentiles]);
  if (!res || !Array.isArray(res.baseFeePerGas)) throw new Error('node does not support eth_feeHistory');
  return res;
}

function tier(rewards, idx, nextBase, mult) {
  const col = rewards.map((r) => hexToBig(r[idx])).filter((v) => v > 0n);
  let prio = median(col);
  if (prio < 100000000n) prio = 100000000n; // 0.1 gwei floor
  const maxFee = nextBase * BigInt(mult) + prio;
  return {
    maxPriorityFeePerGas: prio,
    maxFeePerGas: maxFee,
    gwei: { priority: toGwei(prio), max: toGwei(maxFee) }
  };
}

async function suggestFees(src, options) {
  const opts = Object.assign({}, DEFAULTS, options || {});
  const key = typeof src === 'string' ? src : src;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < 6000) return hit.value;
  const h = await feeHistory(src, opts);
  const bases = h.baseFeePerGas.map(hexToBig);
  const nextBase = bases[bases.length - 1];
  const rewards = h.reward || [];
  const value = {
    baseFee: toGwei(nextBase),
    oldestBlock: parseInt(h.oldestBlock, 16),
    slow: tier(rewards, 0, nextBase, opts.baseFeeMultiplier),
    standard: tier(rewards, 1, nextBase, opts.baseFeeMultiplier),
    fast: tier(rewards, 2, nextBase, opts.baseFeeMultiplier)
  };
  cache.set(key, { at: Date.now(), value });
  return value;
}

async function congestion(src) {
  const p = normalise(src);
  const res = await p.send('eth_feeHistory', ['0x40', 'latest', []]);
  const ratios = (res.gasUsedRatio || []).map(Number);
  if (!ratios.length) return 0;
  return ratios.reduce((a, b) => a + b, 0) / ratios.length;
}

compat.install((provider) => suggestFees(provider));

module.exports = { suggestFees, congestion, DEFAULTS };
