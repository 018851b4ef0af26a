'use strict';

const { createRuntime } = require('./glue');
const loader = require('./loader');

let ready = null;

function init() {
  if (!ready) {
    ready = (async () => {
      const { rt, imports, attach } = createRuntime();
      const { instance } = await WebAssembly.instantiate(await loader.bytes(), imports);
      attach(instance);
      return rt;
    })();
  }
  return ready;
}

function toU8(data) {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

async function call(fnName, input, extra) {
  const rt = await init();
  const e = rt.exports;
  if (typeof e[fnName] !== 'function') throw new Error('brotli-wasm: incompatible wasm build');
  const src = toU8(input);
  const inPtr = e.malloc(src.length);
  rt.HEAPU8.set(src, inPtr);
  const outLenPtr = e.malloc(4);
  const outPtr = e[fnName](inPtr, src.length, outLenPtr, extra);
  const len = new DataView(rt.memory.buffer).getUint32(outLenPtr, true);
  const out = Buffer.from(rt.HEAPU8.slice(outPtr, outPtr + len));
  e.free(inPtr);
  e.free(outLenPtr);
  e.free(outPtr);
  if (!outPtr) throw new Error(`brotli-wasm: ${fnName} failed`);
  return out;
}

module.exports = {
  init,
  compress: (data, { quality = 11 } = {}) => call('brotli_compress', data, quality),
  decompress: (data) => call('brotli_decompress', data, 0),
  get simd() {
    return loader.simd();
  }
};
