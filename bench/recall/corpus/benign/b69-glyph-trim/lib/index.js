'use strict';
const { readTables, writeFont } = require('./sfnt');
const { parseCmap } = require('./cmap');

const ARG_1_AND_2_ARE_WORDS = 0x0001, WE_HAVE_A_SCALE = 0x0008, MORE_COMPONENTS = 0x0020, WE_HAVE_AN_X_AND_Y_SCALE = 0x0040, WE_HAVE_A_TWO_BY_TWO = 0x0080;

function glyphOffsets(loca, longFormat, numGlyphs) {
  const offs = new Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) offs[i] = longFormat ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2;
  return offs;
}

function components(glyf, start, end) {
  if (end - start < 10 || glyf.readInt16BE(start) >= 0) return [];
  const out = [];
  let p = start + 10, flags;
  do {
    flags = glyf.readUInt16BE(p);
    out.push(glyf.readUInt16BE(p + 2));
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
  } while (flags & MORE_COMPONENTS);
  return out;
}

function codepointsOf({ text = '', unicodes = [] }) {
  const set = new Set(unicodes);
  for (const ch of text) set.add(ch.codePointAt(0));
  for (const c of [0x20, 0xa0]) set.add(c);
  return set;
}

function trim(font, opts) {
  const { sig, tables } = readTables(font);
  for (const t of ['head', 'maxp', 'loca', 'glyf', 'cmap']) if (!tables.has(t)) throw new Error(`missing ${t} table`);
  const head = tables.get('head');
  const numGlyphs = tables.get('maxp').readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const glyf = tables.get('glyf');
  const offs = glyphOffsets(tables.get('loca'), longLoca, numGlyphs);
  const cmap = parseCmap(tables.get('cmap'));

  const keep = new Set([0]);
  for (const cp of codepointsOf(opts)) { const g = cmap.get(cp); if (g !== undefined) keep.add(g); }
  const queue = [...keep];
  while (queue.length) {
    const g = queue.pop();
    for (const c of components(glyf, offs[g], offs[g + 1])) if (!keep.has(c) && c < numGlyphs) { keep.add(c); queue.push(c); }
  }

  const parts = [];
  const loca = Buffer.alloc((numGlyphs + 1) * 4);
  let pos = 0;
  for (let g = 0; g < numGlyphs; g++) {
    loca.writeUInt32BE(pos, g * 4);
    if (keep.has(g) && offs[g + 1] > offs[g]) {
      let data = glyf.subarray(offs[g], offs[g + 1]);
      if (data.length % 4) data = Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
      parts.push(data);
      pos += data.length;
    }
  }
  loca.writeUInt32BE(pos, numGlyphs * 4);
  tables.set('glyf', Buffer.concat(parts));
  tables.set('loca', loca);
  head.writeInt16BE(1, 50);
  for (const t of opts.dropTables || ['hdmx', 'VDMX', 'LTSH', 'DSIG']) tables.delete(t);
  const out = writeFont(sig, tables);
  return { font: out, kept: keep.size, total: numGlyphs, before: font.length, after: out.length };
}

function parseUnicodeRanges(spec) {
  const out = [];
  for (const part of String(spec).split(',')) {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) throw new Error(`bad unicode range: ${part}`);
    const a = parseInt(m[1], 16), b = m[2] ? parseInt(m[2], 16) : a;
    for (let c = a; c <= b; c++) out.push(c);
  }
  return out;
}

module.exports = { trim, parseUnicodeRanges };
