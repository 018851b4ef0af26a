'use strict';
const zlib = require('zlib');

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// CRC32 table (PNG spec, Annex D)
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function* chunks(buf) {
  if (!buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG');
  let off = 8;
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    const crc = buf.readUInt32BE(off + 8 + len);
    yield { type, data, crcOk: crc === crc32(buf.subarray(off + 4, off + 8 + len)) };
    off += 12 + len;
    if (type === 'IEND') break;
  }
}

function header(buf) {
  for (const c of chunks(buf)) {
    if (c.type === 'IHDR') {
      return { width: c.data.readUInt32BE(0), height: c.data.readUInt32BE(4), bitDepth: c.data[8], colorType: c.data[9] };
    }
  }
  return null;
}

function inflateChunk(buf, type) {
  for (const c of chunks(buf)) if (c.type === type) return zlib.inflateSync(c.data).toString('utf8');
  return null;
}

module.exports = { chunks, header, crc32, inflateChunk };
