'use strict';
let native = null;
try { native = require('../build/Release/xxhash3.node'); } catch (_) { /* fall back to JS */ }

const P64_1 = 0x9E3779B185EBCA87n, P64_2 = 0xC2B2AE3D27D4EB4Fn, P64_3 = 0x165667B19E3779F9n;
const P64_4 = 0x85EBCA77C2B2AE63n, P64_5 = 0x27D4EB2F165667C5n, M = (1n << 64n) - 1n;
const rotl = (x, r) => ((x << r) | (x >> (64n - r))) & M;

// Portable XXH64 (used when the native addon is unavailable).
function xxh64(buf, seed = 0n) {
  const len = buf.length;
  let i = 0, h;
  const u64 = (o) => buf.readBigUInt64LE(o);
  const round = (acc, v) => rotl((acc + v * P64_2) & M, 31n) * P64_1 & M;
  if (len >= 32) {
    let v1 = (seed + P64_1 + P64_2) & M, v2 = (seed + P64_2) & M, v3 = seed, v4 = (seed - P64_1) & M;
    for (; i + 32 <= len; i += 32) { v1 = round(v1, u64(i)); v2 = round(v2, u64(i + 8)); v3 = round(v3, u64(i + 16)); v4 = round(v4, u64(i + 24)); }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & M;
    for (const v of [v1, v2, v3, v4]) h = ((h ^ round(0n, v)) * P64_1 + P64_4) & M;
  } else h = (seed + P64_5) & M;
  h = (h + BigInt(len)) & M;
  for (; i + 8 <= len; i += 8) h = (rotl(h ^ round(0n, u64(i)), 27n) * P64_1 + P64_4) & M;
  if (i + 4 <= len) { h = (rotl(h ^ (BigInt(buf.readUInt32LE(i)) * P64_1 & M), 23n) * P64_2 + P64_3) & M; i += 4; }
  for (; i < len; i++) h = rotl(h ^ (BigInt(buf[i]) * P64_5 & M), 11n) * P64_1 & M;
  h ^= h >> 33n; h = h * P64_2 & M; h ^= h >> 29n; h = h * P64_3 & M; h ^= h >> 32n;
  return h;
}

module.exports = {
  native: !!native,
  hash64(input, seed = 0n) {
    const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
    return native ? native.hash64(buf, BigInt(seed)) : xxh64(buf, BigInt(seed));
  }
};
