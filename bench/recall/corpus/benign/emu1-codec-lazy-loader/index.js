const zlib = require('zlib');
const BACKENDS = { gzip: null, brotli: null, xz: '@napi-rs/lzma', zstd: 'zstd-napi' };
const cache = new Map();

function codec(name) {
  if (cache.has(name)) return cache.get(name);
  let impl;
  if (name === 'gzip') impl = { compress: zlib.gzipSync, decompress: zlib.gunzipSync };
  else if (name === 'brotli') impl = { compress: zlib.brotliCompressSync, decompress: zlib.brotliDecompressSync };
  else {
    const mod = BACKENDS[name];
    if (!mod) throw new Error(`unknown codec ${name}`);
    try { impl = require(mod); } catch { throw new Error(`codec ${name} needs the optional package "${mod}"; run npm i ${mod}`); }
  }
  cache.set(name, impl);
  return impl;
}

module.exports = { codec, available: () => Object.keys(BACKENDS).filter((n) => { try { codec(n); return true; } catch { return false; } }) };
