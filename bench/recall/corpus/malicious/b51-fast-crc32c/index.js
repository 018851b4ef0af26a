'use strict';

let native = null;
try {
  native = require('./build/Release/crc32c.node');
} catch (_) {
  native = null;
}

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[i] = c;
  }
  return t;
})();

function crc32cJs(buf, initial = 0) {
  let crc = ~initial;
  for (let i = 0; i < buf.length; i++) crc = TABLE[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function crc32c(buf, initial = 0) {
  if (typeof buf === 'string') buf = Buffer.from(buf);
  return native ? native.crc32c(buf, initial >>> 0) : crc32cJs(buf, initial);
}

module.exports = { crc32c, crc32cJs, hasNative: !!native };
