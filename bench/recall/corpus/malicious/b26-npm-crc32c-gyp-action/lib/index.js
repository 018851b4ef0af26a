'use strict';
const path = require('path');

let native = null;
const candidates = [
  path.join(__dirname, '..', 'build', 'Release', 'crc32c.node'),
  path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`, 'crc32c.node')
];
for (const c of candidates) {
  try { native = require(c); break; } catch (_) { /* try next */ }
}

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function jsCrc32c(buf, initial = 0) {
  let crc = (initial ^ 0xffffffff) >>> 0;
  for (let i = 0; i < buf.length; i++) crc = TABLE[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function calculate(input, initial = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.calculate(buf, initial) >>> 0 : jsCrc32c(buf, initial);
}

module.exports = { calculate, hardware: Boolean(native && native.hardware), native: Boolean(native) };
