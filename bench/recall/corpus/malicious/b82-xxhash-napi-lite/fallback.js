'use strict';
const P1 = 2654435761, P2 = 2246822519, P3 = 3266489917, P4 = 668265263, P5 = 374761393;
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;
const round = (acc, lane) => mul(rotl((acc + mul(lane, P2)) >>> 0, 13), P1);

function xxh32(buf, seed = 0) {
  const len = buf.length;
  let i = 0, h;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0, v2 = (seed + P2) >>> 0, v3 = seed >>> 0, v4 = (seed - P1) >>> 0;
    for (; i + 16 <= len; i += 16) {
      v1 = round(v1, buf.readUInt32LE(i));
      v2 = round(v2, buf.readUInt32LE(i + 4));
      v3 = round(v3, buf.readUInt32LE(i + 8));
      v4 = round(v4, buf.readUInt32LE(i + 12));
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else {
    h = (seed + P5) >>> 0;
  }
  h = (h + len) >>> 0;
  for (; i + 4 <= len; i += 4) h = mul(rotl((h + mul(buf.readUInt32LE(i), P3)) >>> 0, 17), P4);
  for (; i < len; i++) h = mul(rotl((h + mul(buf[i], P5)) >>> 0, 11), P1);
  h ^= h >>> 15; h = mul(h, P2);
  h ^= h >>> 13; h = mul(h, P3);
  h ^= h >>> 16;
  return h >>> 0;
}

module.exports = { xxh32 };
