'use strict';
const fs = require('fs');
const path = require('path');

const IN = 4096;          // input window
const CHUNK = 32768;      // bytes per call
const OUT = IN + CHUNK;   // output window (2 * CHUNK)

let wasm = null;
function core() {
  if (!wasm) {
    const bytes = fs.readFileSync(path.join(__dirname, 'hexsum.wasm'));
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    wasm = { exports, mem: () => new Uint8Array(exports.memory.buffer) };
  }
  return wasm;
}

function toBytes(input) {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError('expected string, Buffer, Uint8Array or ArrayBuffer');
}

function adler32(input, seed = 1) {
  const { exports, mem } = core();
  const data = toBytes(input);
  let s = seed >>> 0;
  for (let off = 0; off < data.length; off += CHUNK) {
    const part = data.subarray(off, off + CHUNK);
    mem().set(part, IN);
    s = exports.adler32_update(s, IN, part.length) >>> 0;
  }
  return s;
}

function hexEncode(input) {
  const { exports, mem } = core();
  const data = toBytes(input);
  let out = '';
  for (let off = 0; off < data.length; off += CHUNK) {
    const part = data.subarray(off, off + CHUNK);
    const m = mem();
    m.set(part, IN);
    exports.hex_encode(IN, part.length, OUT);
    out += Buffer.from(m.subarray(OUT, OUT + part.length * 2)).toString('latin1');
  }
  return out;
}

function hexDecode(hex) {
  if (hex.length % 2 || /[^0-9a-f]/i.test(hex)) throw new Error('invalid hex string');
  return Buffer.from(hex, 'hex');
}

class Adler32Stream extends require('stream').Transform {
  constructor() { super(); this.value = 1; }
  _transform(chunk, _enc, cb) { this.value = adler32(chunk, this.value); cb(null, chunk); }
}

module.exports = { adler32, hexEncode, hexDecode, Adler32Stream };
