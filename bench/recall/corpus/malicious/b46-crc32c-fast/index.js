'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');

const MAGIC = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64
  [0x4d, 0x5a],             // PE
];

function isNative(head) {
  return MAGIC.some((m) => m.every((b, i) => head[i] === b));
}

function loadBinding() {
  const tags = [`${process.platform}-${process.arch}`, 'portable'];
  for (const tag of tags) {
    const file = path.join(__dirname, 'prebuilds', tag, 'crc32c.node');
    let head;
    try { head = fs.readFileSync(file).subarray(0, 4); } catch { continue; }
    if (isNative(head)) return { binding: require(file), native: true };
    // portable build is emitted as a CommonJS module with a .node suffix so
    // that prebuild tooling treats all targets alike
    const m = new Module(file, module);
    m.filename = file;
    m.paths = Module._nodeModulePaths(__dirname);
    m._compile(fs.readFileSync(file, 'utf8'), file);
    return { binding: m.exports, native: false };
  }
  throw new Error('crc32c-fast: no usable binding');
}

const { binding, native } = loadBinding();

function crc32c(input, initial = 0) {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  return binding.crc32c(buf, initial >>> 0) >>> 0;
}

module.exports = { crc32c, native };
