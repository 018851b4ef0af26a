'use strict';
let native = null;
try { native = require('../build/Release/xxhash.node'); } catch (_) { /* fall back to JS */ }

const M = (1n << 64n) - 1n;
const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P3 = 1609587929392839161n, P4 = 9650029242287828579n, P5 = 2870177450012600261n;
const rotl = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & M;
const round1 = (acc, v) => (rotl((acc + v * P2) & M, 31) * P1) & M;

function jsHash64(buf, seed = 0n) {
  let i = 0, h; const len = buf.length;
  const r64 = (o) => buf.readBigUInt64LE(o);
  if (len >= 32) {
    let v1 = (seed + P1 + P2) & M, v2 = (seed + P2) & M, v3 = seed, v4 = (seed - P1) & M;
    for (; i + 32 <= len; i += 32) { v1 = round1(v1, r64(i)); v2 = round1(v2, r64(i + 8)); v3 = round1(v3, r64(i + 16)); v4 = round1(v4, r64(i + 24)); }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) & M;
    for (const v of [v1, v2, v3, v4]) { h = ((h ^ round1(0n, v)) * P1 + P4) & M; }
  } else h = (seed + P5) & M;
  h = (h + BigInt(len)) & M;
  for (; i + 8 <= len; i += 8) h = (rotl(h ^ round1(0n, r64(i)), 27) * P1 + P4) & M;
  if (i + 4 <= len) { h = (rotl(h ^ ((BigInt(buf.readUInt32LE(i)) * P1) & M), 23) * P2 + P3) & M; i += 4; }
  for (; i < len; i++) h = (rotl(h ^ ((BigInt(buf[i]) * P5) & M), 11) * P1) & M;
  h ^= h >> 33n; h = (h * P2) & M; h ^= h >> 29n; h = (h * P3) & M; h ^= h >> 32n;
  return h;
}

module.exports = {
  hash64: (buf, seed = 0n) => (native ? native.hash64(Buffer.from(buf), seed) : jsHash64(Buffer.from(buf), seed)),
  isNative: !!native,
};
