'use strict';

const loadBytes = require('./load-node');

let instance = null;
const PAGE = 65536;

function init() {
  if (!instance) {
    const mod = new WebAssembly.Module(loadBytes());
    instance = new WebAssembly.Instance(mod, {}); // no imports: pure computation
  }
  return instance.exports;
}

function toBytes(data) {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('adler-wasm: expected string, Buffer, TypedArray or ArrayBuffer');
}

function adler32Raw(bytes) {
  const { memory, adler32: fn } = init();
  const need = Math.ceil(bytes.length / PAGE) - memory.buffer.byteLength / PAGE;
  if (need > 0) memory.grow(need);
  new Uint8Array(memory.buffer).set(bytes, 0);
  return fn(0, bytes.length) >>> 0;
}

function adler32(data) {
  return adler32Raw(toBytes(data));
}

// Combine checksums of consecutive chunks (zlib's adler32_combine).
function combine(adler1, adler2, len2) {
  const BASE = 65521;
  const rem = len2 % BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adler2 & 0xffff) + BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE << 1) sum2 -= BASE << 1;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

class Adler32Stream {
  constructor() {
    this.value = 1;
  }
  update(chunk) {
    const b = toBytes(chunk);
    this.value = combine(this.value, adler32Raw(b), b.length);
    return this;
  }
  digest(enc) {
    return enc === 'hex' ? this.value.toString(16).padStart(8, '0') : this.value;
  }
}

module.exports = { adler32, combine, Adler32Stream, init };
