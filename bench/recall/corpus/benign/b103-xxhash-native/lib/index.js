'use strict';
const path = require('path');
const js = require('./fallback');

let native = null;
for (const p of ['../prebuilds/xxhash_native.node', '../build/Release/xxhash_native.node']) {
  try { native = require(path.join(__dirname, p)); break; } catch (_) { /* try next */ }
}

const toBuf = (x) => (Buffer.isBuffer(x) ? x : Buffer.from(typeof x === 'string' ? x : x.buffer ? Buffer.from(x.buffer, x.byteOffset, x.byteLength) : String(x)));

function xxh64(input, seed = 0n) {
  const b = toBuf(input);
  return native ? native.xxh64(b, BigInt(seed)) : js.xxh64(b, BigInt(seed));
}

class Hasher {
  constructor(seed = 0n) { this.seed = BigInt(seed); this.parts = []; }
  update(x) { this.parts.push(toBuf(x)); return this; }
  digest() { return xxh64(Buffer.concat(this.parts), this.seed); }
}

module.exports = { xxh64, Hasher, isNative: () => native !== null };
