"use strict";
let native = null;
try { native = require("./build/Release/crc32c.node"); } catch {}

const T = new Uint32Array(256);
for (let i = 0; i < 256; i++) { let c = i; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1; T[i] = c >>> 0; }

function jsCrc(buf, init = 0) {
  let c = ~init >>> 0;
  for (let i = 0; i < buf.length; i++) c = T[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function calculate(input, init = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.calculate(buf, init) : jsCrc(buf, init);
}

module.exports = { calculate, native: !!native };
