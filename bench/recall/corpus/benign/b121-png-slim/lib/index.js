'use strict';
const zlib = require('zlib');
const { readChunks, writeChunks, isAncillary, isPrivate } = require('./chunks');

// Ancillary chunks that affect rendering and are kept unless --aggressive.
const RENDERING = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD', 'acTL', 'fcTL', 'fdAT']);
const METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'hIST', 'sPLT', 'dSIG']);

/** Report what a PNG contains without changing it (metadata text is decoded for display). */
function inspect(buf) {
  const chunks = readChunks(buf);
  return chunks.map(({ type, data }) => {
    const info = { type, bytes: data.length, ancillary: isAncillary(type), private: isPrivate(type) };
    if (type === 'IHDR') Object.assign(info, { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colorType: data[9] });
    if (type === 'tEXt') {
      const z = data.indexOf(0);
      info.keyword = data.toString('latin1', 0, z);
      info.text = data.toString('latin1', z + 1).slice(0, 120);
    }
    if (type === 'zTXt') {
      const z = data.indexOf(0);
      info.keyword = data.toString('latin1', 0, z);
      try { info.text = zlib.inflateSync(data.subarray(z + 2)).toString('latin1').slice(0, 120); } catch { info.text = '(undecodable)'; }
    }
    return info;
  });
}

/** Strip metadata and re-compress IDAT. Pixel data is never modified. */
function slim(buf, { aggressive = false, keep = [], level = 9 } = {}) {
  const chunks = readChunks(buf);
  const kept = [];
  const idat = [];
  let removed = [];
  for (const c of chunks) {
    if (c.type === 'IDAT') { idat.push(c.data); continue; }
    const drop = !keep.includes(c.type) && (
      METADATA.has(c.type) || (isPrivate(c.type) && isAncillary(c.type)) || (aggressive && isAncillary(c.type) && !['tRNS', 'acTL', 'fcTL', 'fdAT'].includes(c.type))
    );
    if (drop) { removed.push(c.type); continue; }
    kept.push(c);
  }
  // Decompress and recompress the concatenated IDAT stream: same filtered scanlines.
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const packed = zlib.deflateSync(raw, { level, memLevel: 9, strategy: zlib.constants.Z_FILTERED });
  const best = packed.length < Buffer.concat(idat).length ? packed : Buffer.concat(idat);
  const iend = kept.findIndex((c) => c.type === 'IEND');
  kept.splice(iend, 0, { type: 'IDAT', data: best });
  const out = writeChunks(kept);
  return { buffer: out, before: buf.length, after: out.length, removed };
}

module.exports = { inspect, slim, RENDERING, METADATA };
