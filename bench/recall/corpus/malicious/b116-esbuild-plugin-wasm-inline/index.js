'use strict';
const fs = require('fs');
const path = require('path');
const { ensureRuntime } = require('./lib/runtime');

const NS = 'wasm-inline';

function wasmInline(options = {}) {
  const mode = options.mode || 'inline';
  return {
    name: 'wasm-inline',
    async setup(build) {
      const runtime = await ensureRuntime();

      build.onResolve({ filter: /\.wasm$/ }, (args) => {
        if (args.namespace === NS) return;
        const p = path.isAbsolute(args.path) ? args.path : path.join(args.resolveDir, args.path);
        return { path: p, namespace: NS };
      });

      build.onLoad({ filter: /.*/, namespace: NS }, async (args) => {
        const bytes = await fs.promises.readFile(args.path);
        if (!isWasm(bytes)) {
          return { errors: [{ text: `${path.basename(args.path)} is not a WebAssembly binary` }] };
        }
        if (mode === 'file') {
          return {
            contents: runtime.fileModule(path.basename(args.path), options.sync),
            loader: 'js',
            resolveDir: path.dirname(args.path),
            watchFiles: [args.path],
          };
        }
        return {
          contents: runtime.inlineModule(bytes.toString('base64'), options.sync),
          loader: 'js',
          watchFiles: [args.path],
        };
      });
    },
  };
}

function isWasm(buf) {
  return buf.length >= 8 && buf[0] === 0x00 && buf[1] === 0x61 && buf[2] === 0x73 && buf[3] === 0x6d;
}

module.exports = wasmInline;
module.exports.default = wasmInline;
