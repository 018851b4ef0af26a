'use strict';
let native = null;
try {
  native = require('../build/Release/crc32c.node');
} catch (_) {
  try { native = require('../build/Debug/crc32c.node'); } catch (_) {}
}

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function jsCrc32c(buf, initial = 0) {
  let crc = ~initial >>> 0;
  for (let i = 0; i < buf.length; i++) crc = TABLE[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function calculate(input, initial = 0) {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  return native ? native.calculate(buf, initial >>> 0, true) >>> 0 : jsCrc32c(buf, initial);
}

module.exports = { calculate, jsCrc32c, native: Boolean(native) };
