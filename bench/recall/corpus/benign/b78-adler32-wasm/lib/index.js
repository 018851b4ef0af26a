'use strict';

const fs = require('fs');
const path = require('path');

const PAGE = 65536;
let instance = null;

function load() {
  if (instance) return instance;
  const bytes = fs.readFileSync(path.join(__dirname, '..', 'dist', 'adler32.wasm'));
  instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  return instance;
}

function toBytes(data) {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('expected string, Buffer, TypedArray or ArrayBuffer');
}

/**
 * Adler-32 checksum (zlib's), computed in WebAssembly.
 * @param {string|Uint8Array|ArrayBuffer} data
 * @param {number} [seed=1] previous checksum to continue from
 */
function adler32(data, seed = 1) {
  const { exports } = load();
  const bytes = toBytes(data);
  const mem = exports.memory;
  let sum = seed >>> 0;
  for (let off = 0; off < bytes.length; off += PAGE) {
    const chunk = bytes.subarray(off, off + PAGE);
    new Uint8Array(mem.buffer, 0, chunk.length).set(chunk);
    sum = exports.adler32(0, chunk.length, sum) >>> 0;
  }
  return sum;
}

function adler32Js(data, seed = 1) {
  const bytes = toBytes(data);
  let a = seed & 0xffff;
  let b = seed >>> 16;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

module.exports = { adler32, adler32Js };
