'use strict';

const GWEI = 1000000000n;

function toBigInt(v) {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.floor(v));
  if (typeof v === 'string') return BigInt(v);
  if (v && typeof v.toString === 'function') return BigInt(v.toString());
  return 0n;
}

function hexToBig(h) {
  if (!h || h === '0x') return 0n;
  return BigInt(h);
}

function toGwei(wei) {
  const w = toBigInt(wei);
  return Number(w * 1000n / GWEI) / 1000;
}

function fromGwei(g) {
  return BigInt(Math.round(Number(g) * 1e9));
}

function median(arr) {
  if (!arr.length) return 0n;
  const s = arr.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return s[Math.floor(s.length / 2)];
}

module.exports = { GWEI, toBigInt, hexToBig, toGwei, fromGwei, median };
