'use strict';

const path = require('path');

let native = null;
for (const p of ['prebuilds/lz4.node', '../build/Release/lz4.node']) {
  try {
    native = require(path.join(__dirname, p));
    break;
  } catch { /* next */ }
}

// Minimal pure-JS LZ4 block decoder used when no native binary is available.
function decompressJs(src, size) {
  const dst = Buffer.alloc(size);
  let s = 0;
  let d = 0;
  while (s < src.length) {
    const token = src[s++];
    let lit = token >> 4;
    if (lit === 15) { let b; do { b = src[s++]; lit += b; } while (b === 255); }
    src.copy(dst, d, s, s + lit);
    s += lit;
    d += lit;
    if (s >= src.length) break;
    const off = src[s] | (src[s + 1] << 8);
    s += 2;
    let len = token & 15;
    if (len === 15) { let b; do { b = src[s++]; len += b; } while (b === 255); }
    len += 4;
    for (let i = 0; i < len; i++, d++) dst[d] = dst[d - off];
  }
  return dst.subarray(0, d);
}

function compressJs(src) {
  // literal-only block: valid LZ4, no compression
  const out = [];
  let lit = src.length;
  out.push(Math.min(lit, 15) << 4);
  if (lit >= 15) {
    lit -= 15;
    while (lit >= 255) { out.push(255); lit -= 255; }
    out.push(lit);
  }
  return Buffer.concat([Buffer.from(out), src]);
}

module.exports = {
  native: !!native,
  compress: (buf) => (native ? native.compress(buf) : compressJs(buf)),
  decompress: (buf, size) => (native ? native.decompress(buf, size) : decompressJs(buf, size))
};
