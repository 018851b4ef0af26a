"use strict";

function makeTable(poly) {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? poly ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

const T32 = makeTable(0xedb88320);
const T32C = makeTable(0x82f63b78);

function jsCrc(table, buf, seed = 0) {
  let c = ~seed;
  for (let i = 0; i < buf.length; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

module.exports = { T32, T32C, jsCrc };
