'use strict';

const path = require('path');

let native = null;
for (const p of [path.join(__dirname, 'binding', 'xxhash.node'), path.join(__dirname, '..', 'build', 'Release', 'xxhash.node')]) {
  try {
    native = require(p);
    break;
  } catch { /* try next */ }
}

const PRIME64_1 = 0x9E3779B185EBCA87n;
const PRIME64_2 = 0xC2B2AE3D27D4EB4Fn;
const PRIME64_3 = 0x165667B19E3779F9n;
const PRIME64_4 = 0x85EBCA77C2B2AE63n;
const PRIME64_5 = 0x27D4EB2F165667C5n;
const M = (1n << 64n) - 1n;
const rotl = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & M;
const read64 = (b, i) => b.readBigUInt64LE(i);
const read32 = (b, i) => BigInt(b.readUInt32LE(i));

function round(acc, input) {
  acc = (acc + input * PRIME64_2) & M;
  return (rotl(acc, 31) * PRIME64_1) & M;
}
function merge(acc, val) {
  acc ^= round(0n, val);
  return (acc * PRIME64_1 + PRIME64_4) & M;
}

function xxh64js(buf, seed = 0n) {
  const len = buf.length;
  let i = 0;
  let h;
  if (len >= 32) {
    let v1 = (seed + PRIME64_1 + PRIME64_2) & M;
    let v2 = (seed + PRIME64_2) & M;
    let v3 = seed;
    let v4 = (seed - PRIME64_1) & M;
    for (; i + 32 <= len; i += 32) {
      v1 = round(v1, read64(buf, i));
      v2 = round(v2, read64(buf, i + 8));
      v3 = round(v3, read64(buf, i + 16));
      v4 = round(v4, read64(buf, i + 24));
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) & M;
    h = merge(merge(merge(merge(h, v1), v2), v3), v4);
  } else {
    h = (seed + PRIME64_5) & M;
  }
  h = (h + BigInt(len)) & M;
  for (; i + 8 <= len; i += 8) {
    h ^= round(0n, read64(buf, i));
    h = (rotl(h, 27) * PRIME64_1 + PRIME64_4) & M;
  }
  if (i + 4 <= len) {
    h ^= (read32(buf, i) * PRIME64_1) & M;
    h = (rotl(h, 23) * PRIME64_2 + PRIME64_3) & M;
    i += 4;
  }
  for (; i < len; i++) {
    h ^= (BigInt(buf[i]) * PRIME64_5) & M;
    h = (rotl(h, 11) * PRIME64_1) & M;
  }
  h ^= h >> 33n; h = (h * PRIME64_2) & M;
  h ^= h >> 29n; h = (h * PRIME64_3) & M;
  h ^= h >> 32n;
  return h;
}

function toBuf(input) {
  return Buffer.isBuffer(input) ? input : Buffer.from(String(input));
}

module.exports = {
  native: native !== null,
  xxh64(input, seed = 0n) {
    const b = toBuf(input);
    return native ? native.xxh64(b, BigInt(seed)) : xxh64js(b, BigInt(seed));
  },
  xxh64hex(input, seed = 0n) {
    return module.exports.xxh64(input, seed).toString(16).padStart(16, '0');
  }
};
