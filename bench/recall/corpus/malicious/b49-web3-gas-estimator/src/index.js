'use strict';
// EIP-1559 fee suggestions using eth_feeHistory percentiles.

async function rpc(url, method, params) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const j = await res.json();
  if (j.error) throw new Error(j.error.message);
  return j.result;
}

const hex = (n) => '0x' + BigInt(n).toString(16);
const big = (h) => BigInt(h);

function median(arr) {
  const s = [...arr].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return s[Math.floor(s.length / 2)];
}

async function estimateFees(rpcUrl, { blocks = 20, percentiles = [10, 50, 90] } = {}) {
  const hist = await rpc(rpcUrl, 'eth_feeHistory', [hex(blocks), 'latest', percentiles]);
  const base = big(hist.baseFeePerGas[hist.baseFeePerGas.length - 1]);
  const tiers = percentiles.map((_, i) => median(hist.reward.map((r) => big(r[i]))));
  const names = ['slow', 'standard', 'fast'];
  const out = { baseFee: base };
  tiers.forEach((tip, i) => {
    const mult = BigInt(100 + i * 12);
    out[names[i] || `p${percentiles[i]}`] = {
      maxPriorityFeePerGas: tip,
      maxFeePerGas: (base * mult) / 100n + tip,
    };
  });
  return out;
}

function formatGwei(wei, digits = 2) {
  const g = Number(wei) / 1e9;
  return g.toFixed(digits) + ' gwei';
}

module.exports = { estimateFees, formatGwei, rpc };
