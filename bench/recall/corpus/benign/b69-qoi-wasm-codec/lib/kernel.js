'use strict';
const fs = require('fs');
const path = require('path');

let inst;
function kernel() {
  if (!inst) {
    const bytes = fs.readFileSync(path.join(__dirname, '..', 'wasm', 'swizzle.wasm'));
    inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
  }
  return inst;
}

function ensure(mem, bytes) {
  const need = Math.ceil(bytes / 65536) - mem.buffer.byteLength / 65536;
  if (need > 0) mem.grow(need);
}

// In-place RGBA <-> BGRA. Falls back to JS when WebAssembly is unavailable.
function swizzle(pixels) {
  if (typeof WebAssembly === 'undefined') {
    for (let i = 0; i < pixels.length; i += 4) { const t = pixels[i]; pixels[i] = pixels[i + 2]; pixels[i + 2] = t; }
    return pixels;
  }
  const k = kernel();
  ensure(k.memory, pixels.length);
  const view = new Uint8Array(k.memory.buffer, 0, pixels.length);
  view.set(pixels);
  k.swizzle(0, pixels.length);
  pixels.set(new Uint8Array(k.memory.buffer, 0, pixels.length));
  return pixels;
}

module.exports = { swizzle };
