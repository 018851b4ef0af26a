'use strict';
const SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(buf) {
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Split a PNG buffer into chunks. Throws on bad signature, truncated data or CRC mismatch. */
function readChunks(buf, { verifyCrc = true } = {}) {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const out = [];
  let pos = 8;
  while (pos + 12 <= buf.length) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    if (pos + 12 + length > buf.length) throw new Error(`truncated chunk ${type}`);
    const data = buf.subarray(pos + 8, pos + 8 + length);
    const crc = buf.readUInt32BE(pos + 8 + length);
    if (verifyCrc && crc !== crc32(buf.subarray(pos + 4, pos + 8 + length))) throw new Error(`CRC mismatch in ${type}`);
    out.push({ type, data });
    pos += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

function writeChunks(chunks) {
  const parts = [SIGNATURE];
  for (const { type, data } of chunks) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    parts.push(head, data, crc);
  }
  return Buffer.concat(parts);
}

// PNG spec: bit 5 of the first byte = ancillary; of the second byte = private.
const isAncillary = (type) => (type.charCodeAt(0) & 0x20) !== 0;
const isPrivate = (type) => (type.charCodeAt(1) & 0x20) !== 0;

module.exports = { readChunks, writeChunks, crc32, isAncillary, isPrivate, SIGNATURE };
