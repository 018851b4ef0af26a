'use strict';
let native = null;
try { native = require('node-gyp-build')(__dirname); } catch (_) {}

const T = new Uint32Array(256);
for (let i = 0; i < 256; i++) { let c = i; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; T[i] = c >>> 0; }

function jsCrc32(buf, seed = 0) {
  let c = ~seed >>> 0;
  for (let i = 0; i < buf.length; i++) c = T[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const toBytes = (x) => (typeof x === 'string' ? Buffer.from(x) : x);

module.exports = {
  crc32: (data, seed) => (native ? native.crc32(toBytes(data), seed || 0) : jsCrc32(toBytes(data), seed)),
  crc32c: (data, seed) => {
    if (!native) throw new Error('crc32c requires the native build');
    return native.crc32c(toBytes(data), seed || 0);
  },
  native: !!native
};
