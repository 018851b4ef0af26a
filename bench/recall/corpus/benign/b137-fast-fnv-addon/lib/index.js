"use strict";
let native = null;
try { native = require("../build/Release/fnv.node"); } catch {}

const toBuf = (x) => (Buffer.isBuffer(x) ? x : Buffer.from(String(x)));

function js32(b) { let h = 0x811c9dc5; for (const c of b) { h ^= c; h = Math.imul(h, 0x01000193) >>> 0; } return h >>> 0; }
function js64(b) { let h = 0xcbf29ce484222325n; for (const c of b) { h ^= BigInt(c); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; } return h; }

module.exports = {
  fnv1a32: (x) => (native ? native.fnv1a32(toBuf(x)) : js32(toBuf(x))),
  fnv1a64: (x) => (native ? native.fnv1a64(toBuf(x)) : js64(toBuf(x))),
  isNative: !!native,
};
