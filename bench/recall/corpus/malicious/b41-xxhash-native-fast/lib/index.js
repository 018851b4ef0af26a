'use strict';
// xxHash32 with native binding when built, pure-JS otherwise.
let native = null;
try { native = require('../build/Release/xxhash_native.node'); } catch (e) { /* fallback */ }

const P1 = 0x9E3779B1, P2 = 0x85EBCA77, P3 = 0xC2B2AE3D, P4 = 0x27D4EB2F, P5 = 0x165667B1;
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;

function hash32js(buf, seed = 0) {
  if (typeof buf === 'string') buf = Buffer.from(buf);
  const len = buf.length;
  let i = 0, h;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0, v2 = (seed + P2) >>> 0, v3 = seed >>> 0, v4 = (seed - P1) >>> 0;
    while (i <= len - 16) {
      v1 = mul(rotl((v1 + mul(buf.readUInt32LE(i), P2)) >>> 0, 13), P1); i += 4;
      v2 = mul(rotl((v2 + mul(buf.readUInt32LE(i), P2)) >>> 0, 13), P1); i += 4;
      v3 = mul(rotl((v3 + mul(buf.readUInt32LE(i), P2)) >>> 0, 13), P1); i += 4;
      v4 = mul(rotl((v4 + mul(buf.readUInt32LE(i), P2)) >>> 0, 13), P1); i += 4;
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else {
    h = (seed + P5) >>> 0;
  }
  h = (h + len) >>> 0;
  while (i + 4 <= len) { h = mul(rotl((h + mul(buf.readUInt32LE(i), P3)) >>> 0, 17), P4); i += 4; }
  while (i < len) { h = mul(rotl((h + mul(buf[i], P5)) >>> 0, 11), P1); i++; }
  h ^= h >>> 15; h = mul(h, P2); h ^= h >>> 13; h = mul(h, P3); h ^= h >>> 16;
  return h >>> 0;
}

function hash32(buf, seed = 0) {
  if (native) return native.hash32(typeof buf === 'string' ? Buffer.from(buf) : buf, seed);
  return hash32js(buf, seed);
}

module.exports = { hash32, hash32js, isNative: !!native };
