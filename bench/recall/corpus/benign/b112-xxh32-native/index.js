'use strict';
let native = null;
try { native = require('node-gyp-build')(__dirname); } catch (_) { native = null; }

const P1 = 2654435761, P2 = 2246822519, P3 = 3266489917, P4 = 668265263, P5 = 374761393;
const mul = Math.imul;
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const rd = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const round = (acc, v) => mul(rotl((acc + mul(v, P2)) >>> 0, 13), P1) >>> 0;

function jsHash(buf, seed = 0) {
  const len = buf.length;
  let i = 0, h;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0, v2 = (seed + P2) >>> 0, v3 = seed >>> 0, v4 = (seed - P1) >>> 0;
    while (i <= len - 16) { v1 = round(v1, rd(buf, i)); v2 = round(v2, rd(buf, i + 4)); v3 = round(v3, rd(buf, i + 8)); v4 = round(v4, rd(buf, i + 12)); i += 16; }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else h = (seed + P5) >>> 0;
  h = (h + len) >>> 0;
  while (i + 4 <= len) { h = mul(rotl((h + mul(rd(buf, i), P3)) >>> 0, 17), P4) >>> 0; i += 4; }
  while (i < len) { h = mul(rotl((h + mul(buf[i], P5)) >>> 0, 11), P1) >>> 0; i++; }
  h ^= h >>> 15; h = mul(h, P2) >>> 0; h ^= h >>> 13; h = mul(h, P3) >>> 0; h ^= h >>> 16;
  return h >>> 0;
}

function hash(input, seed = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.hash(buf, seed >>> 0) : jsHash(buf, seed);
}

module.exports = { hash, jsHash, isNative: !!native };
