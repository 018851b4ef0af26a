'use strict';

function readTables(buf) {
  const sig = buf.readUInt32BE(0);
  if (sig !== 0x00010000 && sig !== 0x74727565) {
    if (sig === 0x4f54544f) throw new Error('CFF-based OpenType (OTTO) is not supported; only glyf outlines');
    if (buf.toString('latin1', 0, 4) === 'wOFF') throw new Error('WOFF input: decompress to TTF first');
    throw new Error('not a TrueType font');
  }
  const n = buf.readUInt16BE(4);
  const tables = new Map();
  for (let i = 0; i < n; i++) {
    const r = 12 + 16 * i;
    const tag = buf.toString('latin1', r, r + 4);
    const off = buf.readUInt32BE(r + 8), len = buf.readUInt32BE(r + 12);
    if (off + len > buf.length) throw new Error(`table ${tag} out of bounds`);
    tables.set(tag, Buffer.from(buf.subarray(off, off + len)));
  }
  return { sig, tables };
}

function checksum(b) {
  const p = Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let s = 0;
  for (let i = 0; i < p.length; i += 4) s = (s + p.readUInt32BE(i)) >>> 0;
  return s;
}

function writeFont(sig, tables) {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const es = Math.floor(Math.log2(n));
  const sr = 16 * 2 ** es;
  const head = Buffer.alloc(12 + 16 * n);
  head.writeUInt32BE(sig, 0);
  head.writeUInt16BE(n, 4); head.writeUInt16BE(sr, 6); head.writeUInt16BE(es, 8); head.writeUInt16BE(n * 16 - sr, 10);
  const bodies = [];
  let off = head.length;
  const headTable = tables.get('head');
  if (headTable) headTable.writeUInt32BE(0, 8);
  tags.forEach((tag, i) => {
    const data = tables.get(tag);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    const r = 12 + 16 * i;
    head.write(tag, r, 4, 'latin1');
    head.writeUInt32BE(checksum(data), r + 4);
    head.writeUInt32BE(off, r + 8);
    head.writeUInt32BE(data.length, r + 12);
    bodies.push(padded);
    off += padded.length;
  });
  const out = Buffer.concat([head, ...bodies]);
  if (headTable) {
    const adj = (0xb1b0afba - checksum(out)) >>> 0;
    const headOff = head.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
    out.writeUInt32BE(adj, headOff + 8);
  }
  return out;
}

module.exports = { readTables, writeFont, checksum };
