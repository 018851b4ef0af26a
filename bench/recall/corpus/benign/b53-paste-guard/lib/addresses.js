'use strict';
// Shape checks only (no checksum validation) — good enough to classify a clipboard value.
const CHAINS = [
  { chain: 'evm', re: /^0x[a-fA-F0-9]{40}$/ },
  { chain: 'btc', re: /^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$/ },
  { chain: 'tron', re: /^T[1-9A-HJ-NP-Za-km-z]{33}$/ },
  { chain: 'solana', re: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/ },
  { chain: 'ltc', re: /^(ltc1[02-9ac-hj-np-z]{11,71}|[LM][1-9A-HJ-NP-Za-km-z]{26,33})$/ }
];

function classify(text) {
  const v = String(text || '').trim();
  if (v.length > 100 || /\s/.test(v)) return null;
  for (const c of CHAINS) if (c.re.test(v)) return { chain: c.chain, address: v };
  return null;
}

/** Prefix/suffix similarity — clippers often pick addresses that share the first/last chars. */
function lookalikeScore(a, b) {
  let p = 0; while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
  let s = 0; while (s < Math.min(a.length, b.length) && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { prefix: p, suffix: s };
}

module.exports = { classify, lookalikeScore, CHAINS };
