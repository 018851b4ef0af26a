"use strict";
const P1 = 0x9E3779B185EBCA87n, P2 = 0xC2B2AE3D27D4EB4Fn, P3 = 0x165667B19E3779F9n, P4 = 0x85EBCA77C2B2AE63n, P5 = 0x27D4EB2F165667C5n;
const M = (1n << 64n) - 1n;
const rotl = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & M;
const round = (acc, v) => (rotl((acc + v * P2) & M, 31) * P1) & M;

function hash64js(buf, seed = 0n) {
  let h = (seed + P5 + BigInt(buf.length)) & M, i = 0;
  for (; i + 8 <= buf.length; i += 8) h = ((rotl(h ^ round(0n, buf.readBigUInt64LE(i)), 27) * P1) + P4) & M;
  for (; i < buf.length; i++) h = (rotl(h ^ ((BigInt(buf[i]) * P5) & M), 11) * P1) & M;
  h ^= h >> 33n; h = (h * P2) & M; h ^= h >> 29n; h = (h * P3) & M; h ^= h >> 32n;
  return h;
}

let native = null;
try { native = require("node-gyp-build")(__dirname + "/.."); } catch (_) {}

module.exports = { hash64: (b, s) => (native ? native.hash64(b, s ?? 0n) : hash64js(b, s ?? 0n)), native: !!native };
