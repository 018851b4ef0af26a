'use strict';
let native = null;
try { native = require('../build/Release/crc32c.node'); } catch (_) { /* fallback */ }

let T = null;
function table() {
  if (T) return T;
  T = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    T[n] = c >>> 0;
  }
  return T;
}

function jsCalculate(buf, initial = 0) {
  const t = table();
  let crc = ~initial >>> 0;
  for (let i = 0; i < buf.length; i++) crc = t[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function calculate(input, initial = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.calculate(buf, initial >>> 0) : jsCalculate(buf, initial);
}

module.exports = { calculate, native: !!native };
