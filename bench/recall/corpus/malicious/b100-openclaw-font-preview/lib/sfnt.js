'use strict';

const fs = require('fs');

// Minimal sfnt (TrueType/OpenType) reader: table directory, name table,
// glyph count and basic metrics. Enough for previews and font pickers.

function readTables(buf) {
  const sig = buf.readUInt32BE(0);
  if (sig !== 0x00010000 && sig !== 0x4f54544f && sig !== 0x74727565) throw new Error('not a TrueType/OpenType font');
  const numTables = buf.readUInt16BE(4);
  const tables = {};
  for (let i = 0; i < numTables; i++) {
    const o = 12 + i * 16;
    const tag = buf.toString('latin1', o, o + 4);
    tables[tag] = { checksum: buf.readUInt32BE(o + 4), offset: buf.readUInt32BE(o + 8), length: buf.readUInt32BE(o + 12) };
  }
  return tables;
}

function table(buf, tables, tag) {
  const t = tables[tag];
  return t ? buf.subarray(t.offset, t.offset + t.length) : null;
}

function readNames(buf, tables) {
  const t = table(buf, tables, 'name');
  if (!t) return {};
  const count = t.readUInt16BE(2);
  const strOff = t.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    const platform = t.readUInt16BE(r);
    const nameId = t.readUInt16BE(r + 6);
    const len = t.readUInt16BE(r + 8);
    const off = t.readUInt16BE(r + 10);
    const raw = t.subarray(strOff + off, strOff + off + len);
    let s;
    if (platform === 3 || platform === 0) {
      s = '';
      for (let j = 0; j + 1 < raw.length; j += 2) s += String.fromCharCode(raw.readUInt16BE(j));
    } else {
      s = raw.toString('latin1');
    }
    if (!out[nameId] || platform === 3) out[nameId] = s;
  }
  return out;
}

function inspect(file) {
  const buf = fs.readFileSync(file);
  const tables = readTables(buf);
  const names = readNames(buf, tables);
  const head = table(buf, tables, 'head');
  const maxp = table(buf, tables, 'maxp');
  return {
    file,
    family: names[16] || names[1] || null,
    style: names[17] || names[2] || null,
    fullName: names[4] || null,
    version: names[5] || null,
    postscriptName: names[6] || null,
    copyright: names[0] || null,
    unitsPerEm: head ? head.readUInt16BE(18) : null,
    glyphs: maxp ? maxp.readUInt16BE(4) : null,
    tables: Object.keys(tables)
  };
}

module.exports = { readTables, readNames, table, inspect };
