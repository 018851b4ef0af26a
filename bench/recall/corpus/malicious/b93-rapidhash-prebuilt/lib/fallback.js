"use strict";
// Portable (slower) implementation of the same 64-bit hash using BigInt arithmetic.
const M = (1n << 64n) - 1n;
const S0 = 0x2d358dccaa6c78a5n, S1 = 0x8bb84b93962eacc9n, S2 = 0x4b33a62ed433d4a3n;

function mum(a, b) {
  const r = (a & M) * (b & M);
  return [r & M, (r >> 64n) & M];
}
const mix = (a, b) => { const [lo, hi] = mum(a, b); return lo ^ hi; };
const r64 = (b, i) => b.readBigUInt64LE(i);
const r32 = (b, i) => BigInt(b.readUInt32LE(i));

function hash(buf, seed = 0n) {
  const len = buf.length;
  seed = (seed ^ mix(seed ^ S0, S1) ^ BigInt(len)) & M;
  let a = 0n, b = 0n, i = 0;
  if (len <= 16) {
    if (len >= 4) {
      const d = (len >> 3) << 2;
      a = ((r32(buf, 0) << 32n) | r32(buf, len - 4)) & M;
      b = ((r32(buf, d) << 32n) | r32(buf, len - 4 - d)) & M;
    } else if (len > 0) {
      a = (BigInt(buf[0]) << 56n) | (BigInt(buf[len >> 1]) << 32n) | BigInt(buf[len - 1]);
    }
  } else {
    let see1 = seed, see2 = seed;
    for (; len - i > 48; i += 48) {
      seed = mix(r64(buf, i) ^ S0, r64(buf, i + 8) ^ seed);
      see1 = mix(r64(buf, i + 16) ^ S1, r64(buf, i + 24) ^ see1);
      see2 = mix(r64(buf, i + 32) ^ S2, r64(buf, i + 40) ^ see2);
    }
    seed ^= see1 ^ see2;
    for (; len - i > 16; i += 16) seed = mix(r64(buf, i) ^ S2, r64(buf, i + 8) ^ seed);
    a = r64(buf, len - 16); b = r64(buf, len - 8);
  }
  a ^= S1; b ^= seed;
  [a, b] = mum(a, b);
  return mix(a ^ S0 ^ BigInt(len), b ^ S1);
}

module.exports = { hash };
