'use strict';
const MAGIC = 0xfd2fb528;
const SKIPPABLE_MIN = 0x184d2a50, SKIPPABLE_MAX = 0x184d2a5f;
const BLOCK_TYPES = ['raw', 'rle', 'compressed', 'reserved'];

class ZstdFrameError extends Error {}

function readLE(buf, off, n) {
  if (off + n > buf.length) throw new ZstdFrameError(`truncated at ${off}`);
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[off + i];
  return v;
}

function inspect(buf, offset = 0) {
  const magic = readLE(buf, offset, 4);
  if (magic >= SKIPPABLE_MIN && magic <= SKIPPABLE_MAX) {
    return { skippable: true, size: readLE(buf, offset + 4, 4) };
  }
  if (magic !== MAGIC) throw new ZstdFrameError('bad magic 0x' + magic.toString(16));
  let p = offset + 4;
  const fhd = readLE(buf, p++, 1);
  const fcsFlag = fhd >> 6;
  const singleSegment = (fhd >> 5) & 1;
  const reserved = (fhd >> 3) & 1;
  const checksum = !!((fhd >> 2) & 1);
  const dictFlag = fhd & 3;
  if (reserved) throw new ZstdFrameError('reserved bit set in frame header descriptor');

  let windowSize = null;
  if (!singleSegment) {
    const wd = readLE(buf, p++, 1);
    const exp = wd >> 3, mant = wd & 7;
    const base = 2 ** (10 + exp);
    windowSize = base + (base / 8) * mant;
  }
  const dictBytes = [0, 1, 2, 4][dictFlag];
  const dictId = dictBytes ? readLE(buf, p, dictBytes) : 0;
  p += dictBytes;
  const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
  let contentSize = null;
  if (fcsBytes) {
    contentSize = readLE(buf, p, fcsBytes) + (fcsBytes === 2 ? 256 : 0);
    p += fcsBytes;
  }
  if (singleSegment) windowSize = contentSize;

  const blocks = [];
  for (;;) {
    const bh = readLE(buf, p, 3);
    p += 3;
    const last = bh & 1, type = BLOCK_TYPES[(bh >> 1) & 3], size = bh >> 3;
    if (type === 'reserved') throw new ZstdFrameError('reserved block type');
    blocks.push({ type, size, last: !!last });
    p += type === 'rle' ? 1 : size;
    if (p > buf.length) throw new ZstdFrameError('block past end of input');
    if (last) break;
  }
  if (checksum) p += 4;
  return { windowSize, contentSize, dictId, checksum, blocks, frameSize: p - offset };
}

module.exports = { inspect, ZstdFrameError, MAGIC, table: (() => { try { return require('./xxh-table'); } catch (_) { return null; } })() };
