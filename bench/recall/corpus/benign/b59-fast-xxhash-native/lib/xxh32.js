'use strict';

const P1 = 2654435761;
const P2 = 2246822519;
const P3 = 3266489917;
const P4 = 668265263;
const P5 = 374761393;

const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;
const read32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const round = (acc, lane) => mul(rotl((acc + mul(lane, P2)) >>> 0, 13), P1);

function hash32(buf, seed = 0) {
  const len = buf.length;
  let p = 0;
  let h;
  seed >>>= 0;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0;
    let v2 = (seed + P2) >>> 0;
    let v3 = seed;
    let v4 = (seed - P1) >>> 0;
    const limit = len - 16;
    do {
      v1 = round(v1, read32(buf, p)); p += 4;
      v2 = round(v2, read32(buf, p)); p += 4;
      v3 = round(v3, read32(buf, p)); p += 4;
      v4 = round(v4, read32(buf, p)); p += 4;
    } while (p <= limit);
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else {
    h = (seed + P5) >>> 0;
  }
  h = (h + len) >>> 0;
  while (p + 4 <= len) {
    h = (h + mul(read32(buf, p), P3)) >>> 0;
    h = mul(rotl(h, 17), P4);
    p += 4;
  }
  while (p < len) {
    h = (h + mul(buf[p], P5)) >>> 0;
    h = mul(rotl(h, 11), P1);
    p++;
  }
  h ^= h >>> 15;
  h = mul(h, P2);
  h ^= h >>> 13;
  h = mul(h, P3);
  h ^= h >>> 16;
  return h >>> 0;
}

module.exports = { hash32 };
