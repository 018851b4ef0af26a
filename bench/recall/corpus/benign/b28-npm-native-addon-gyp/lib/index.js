'use strict';
const path = require('path');

let native = null;
try {
  native = require(path.join(__dirname, '..', 'build', 'Release', 'fasthash64.node'));
} catch {
  native = null;
}

const M = 0x880355f21e6d1965n;
const MASK = (1n << 64n) - 1n;
const mix = (h) => { h ^= h >> 23n; h = (h * 0x2127599bf4325c37n) & MASK; h ^= h >> 47n; return h; };

function jsHash(buf, seed = 0n) {
  let h = (seed ^ ((BigInt(buf.length) * M) & MASK)) & MASK;
  const n = buf.length & ~7;
  for (let i = 0; i < n; i += 8) { h ^= mix(buf.readBigUInt64LE(i)); h = (h * M) & MASK; }
  if (buf.length & 7) {
    let v = 0n;
    for (let i = (buf.length & 7) - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[n + i]);
    h ^= mix(v); h = (h * M) & MASK;
  }
  return mix(h);
}

function hash(input, seed = 0n) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.hash(buf, BigInt(seed)) : jsHash(buf, BigInt(seed));
}

module.exports = { hash, jsHash, native: Boolean(native) };
