'use strict';
let native = null;
try { native = require('../build/Release/crc32c.node'); } catch { /* fall back to JS */ }

const TABLE = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  TABLE[i] = c >>> 0;
}

function jsCrc(buf, init = 0) {
  let crc = ~init >>> 0;
  for (let i = 0; i < buf.length; i++) crc = TABLE[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function calculate(input, init = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.calculate(buf, init) >>> 0 : jsCrc(buf, init);
}

module.exports = { calculate, native: !!native };
if (require.main === module) {
  const v = calculate('123456789');
  console.log(v.toString(16), v === 0xe3069283 ? 'ok' : 'MISMATCH', native ? '(native)' : '(js)');
}
