'use strict';

const P1 = 2654435761;
const P2 = 2246822519;
const P3 = 3266489917;
const P4 = 668265263;
const P5 = 374761393;

const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;

function round(acc, input) {
  acc = (acc + mul(input, P2)) >>> 0;
  acc = rotl(acc, 13);
  return mul(acc, P1);
}

function xxh32(buf, seed) {
  const len = buf.length;
  let i = 0;
  let h;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0;
    let v2 = (seed + P2) >>> 0;
    let v3 = seed >>> 0;
    let v4 = (seed - P1) >>> 0;
    const limit = len - 16;
    do {
      v1 = round(v1, buf.readUInt32LE(i)); i += 4;
      v2 = round(v2, buf.readUInt32LE(i)); i += 4;
      v3 = round(v3, buf.readUInt32LE(i)); i += 4;
      v4 = round(v4, buf.readUInt32LE(i)); i += 4;
    } while (i <= limit);
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else {
    h = (seed + P5) >>> 0;
  }
  h = (h + len) >>> 0;
  while (i + 4 <= len) {
    h = (h + mul(buf.readUInt32LE(i), P3)) >>> 0;
    h = mul(rotl(h, 17), P4);
    i += 4;
  }
  while (i < len) {
    h = (h + mul(buf[i], P5)) >>> 0;
    h = mul(rotl(h, 11), P1);
    i++;
  }
  h ^= h >>> 15; h = mul(h, P2);
  h ^= h >>> 13; h = mul(h, P3);
  h ^= h >>> 16;
  return h >>> 0;
}

module.exports = { xxh32 };
