'use strict';
const fs = require('fs');
const path = require('path');
const { parentPort } = require('worker_threads');

function minify(src) {
  return src
    .replace(/\/\*(?!!)[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*\n+/g, '\n')
    .replace(/^[ \t]+/gm, '');
}

parentPort.on('message', ({ file, outDir }) => {
  try {
    const src = fs.readFileSync(file, 'utf8');
    const out = minify(src);
    const dest = path.join(outDir, path.basename(file));
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(dest, out);
    parentPort.postMessage({ file, dest, before: src.length, after: out.length });
  } catch (e) {
    parentPort.postMessage({ error: `${file}: ${e.message}` });
  }
});
