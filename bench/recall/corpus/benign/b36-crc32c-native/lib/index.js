'use strict';
const path = require('path');

let native = null;
try {
  // loads prebuilds/<platform>-<arch>/*.node or build/Release/crc32c.node
  native = require('node-gyp-build')(path.join(__dirname, '..'));
} catch (e) {
  native = null;
}

const TABLE = new Int32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  TABLE[i] = c;
}

function crc32cJs(buf, init = 0) {
  let crc = ~init;
  for (let i = 0; i < buf.length; i++) crc = TABLE[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function calculate(buf, init = 0) {
  if (typeof buf === 'string') buf = Buffer.from(buf);
  return native ? native.calculate(buf, init) >>> 0 : crc32cJs(buf, init);
}

module.exports = { calculate, isNative: () => !!native, crc32cJs };
