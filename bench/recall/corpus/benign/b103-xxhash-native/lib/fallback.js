'use strict';
const M = (1n << 64n) - 1n;
const P1 = 0x9E3779B185EBCA87n, P2 = 0xC2B2AE3D27D4EB4Fn, P3 = 0x165667B19E3779F9n, P4 = 0x85EBCA77C2B2AE63n, P5 = 0x27D4EB2F165667C5n;
const rotl = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & M;
const mul = (a, b) => (a * b) & M;
const add = (a, b) => (a + b) & M;
const round = (acc, v) => mul(rotl(add(acc, mul(v, P2)), 31), P1);
const merge = (acc, v) => add(mul(acc ^ round(0n, v), P1), P4);

function xxh64(buf, seed = 0n) {
  const len = buf.length;
  let p = 0, h;
  if (len >= 32) {
    let v1 = add(add(seed, P1), P2), v2 = add(seed, P2), v3 = seed, v4 = (seed - P1) & M;
    while (p <= len - 32) {
      v1 = round(v1, buf.readBigUInt64LE(p)); v2 = round(v2, buf.readBigUInt64LE(p + 8));
      v3 = round(v3, buf.readBigUInt64LE(p + 16)); v4 = round(v4, buf.readBigUInt64LE(p + 24));
      p += 32;
    }
    h = add(add(rotl(v1, 1), rotl(v2, 7)), add(rotl(v3, 12), rotl(v4, 18)));
    h = merge(merge(merge(merge(h, v1), v2), v3), v4);
  } else h = add(seed, P5);
  h = add(h, BigInt(len));
  while (p + 8 <= len) { h ^= round(0n, buf.readBigUInt64LE(p)); h = add(mul(rotl(h, 27), P1), P4); p += 8; }
  if (p + 4 <= len) { h ^= mul(BigInt(buf.readUInt32LE(p)), P1); h = add(mul(rotl(h, 23), P2), P3); p += 4; }
  while (p < len) { h ^= mul(BigInt(buf[p]), P5); h = mul(rotl(h, 11), P1); p++; }
  h ^= h >> 33n; h = mul(h, P2); h ^= h >> 29n; h = mul(h, P3); h ^= h >> 32n;
  return h;
}

module.exports = { xxh64 };
