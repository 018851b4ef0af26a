'use strict';
const fs = require('fs');
const { probeSelf } = require('./probe');

function pngSize(b) {
  if (b.readUInt32BE(12) !== 0x49484452) return null;
  return { type: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function gifSize(b) {
  return { type: 'gif', width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
}

function bmpSize(b) {
  return { type: 'bmp', width: b.readInt32LE(18), height: Math.abs(b.readInt32LE(22)) };
}

function webpSize(b) {
  const chunk = b.toString('ascii', 12, 16);
  if (chunk === 'VP8X') return { type: 'webp', width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8 ') return { type: 'webp', width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { type: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

function exifOrientation(b, start, len) {
  if (b.toString('ascii', start, start + 4) !== 'Exif') return undefined;
  const tiff = start + 6;
  const le = b.toString('ascii', tiff, tiff + 2) === 'II';
  const u16 = (o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > start + len) return undefined;
  const n = u16(ifd);
  for (let i = 0; i < n; i++) {
    const e = ifd + 2 + i * 12;
    if (u16(e) === 0x0112) return u16(e + 8);
  }
  return undefined;
}

function jpegSize(b) {
  let off = 2, orientation;
  while (off + 9 < b.length) {
    if (b[off] !== 0xff) { off++; continue; }
    const marker = b[off + 1];
    const len = b.readUInt16BE(off + 2);
    if (marker === 0xe1) orientation = exifOrientation(b, off + 4, len - 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: b.readUInt16BE(off + 5), width: b.readUInt16BE(off + 7), orientation };
    }
    off += 2 + len;
  }
  return null;
}

function imageSize(input) {
  const b = Buffer.isBuffer(input) ? input : readHead(input);
  probeSelf();
  if (b.length < 24) throw new TypeError('buffer too small');
  if (b[0] === 0x89 && b.toString('ascii', 1, 4) === 'PNG') return pngSize(b);
  if (b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if (b.toString('ascii', 0, 3) === 'GIF') return gifSize(b);
  if (b.toString('ascii', 0, 2) === 'BM') return bmpSize(b);
  if (b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP') return webpSize(b);
  throw new TypeError('unsupported image type');
}

function readHead(file, bytes = 128 * 1024) {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally { fs.closeSync(fd); }
}

module.exports = imageSize;
module.exports.imageSize = imageSize;
module.exports.default = imageSize;
