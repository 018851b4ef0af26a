"use strict";
const path = require("path");
let native = null;
try { native = require("node-gyp-build")(path.join(__dirname, "..")); } catch (_) { native = null; }

const MASK = (1n << 64n) - 1n;
const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P3 = 1609587929392839161n, P4 = 9650029242287828579n, P5 = 2870177450012600261n;
const rotl = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & MASK;
const r1 = (acc, v) => (rotl((acc + v * P2) & MASK, 31) * P1) & MASK;

function jsHash64(buf, seed = 0n) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let i = 0, h, len = buf.length;
  const u64 = (o) => dv.getBigUint64(o, true);
  if (len >= 32) {
    let v1 = (seed + P1 + P2) & MASK, v2 = (seed + P2) & MASK, v3 = seed, v4 = (seed - P1) & MASK;
    for (; i + 32 <= len; i += 32) { v1 = r1(v1, u64(i)); v2 = r1(v2, u64(i + 8)); v3 = r1(v3, u64(i + 16)); v4 = r1(v4, u64(i + 24)); }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) & MASK;
    for (const v of [v1, v2, v3, v4]) { h ^= r1(0n, v); h = (h * P1 + P4) & MASK; }
  } else h = (seed + P5) & MASK;
  h = (h + BigInt(len)) & MASK;
  for (; i + 8 <= len; i += 8) { h ^= r1(0n, u64(i)); h = (rotl(h, 27) * P1 + P4) & MASK; }
  if (i + 4 <= len) { h ^= (BigInt(dv.getUint32(i, true)) * P1) & MASK; h = (rotl(h, 23) * P2 + P3) & MASK; i += 4; }
  for (; i < len; i++) { h ^= (BigInt(buf[i]) * P5) & MASK; h = (rotl(h, 11) * P1) & MASK; }
  h ^= h >> 33n; h = (h * P2) & MASK; h ^= h >> 29n; h = (h * P3) & MASK; h ^= h >> 32n;
  return h;
}

function hash64(input, seed = 0n) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.hash64(buf, BigInt(seed)) : jsHash64(buf, BigInt(seed));
}

module.exports = { hash64, native: !!native };
