'use strict';

const zlib = require('zlib');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readChunks(buf) {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const chunks = [];
  let off = 8;
  while (off + 8 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    chunks.push({ type, data });
    off += 12 + len;
    if (type === 'IEND') break;
  }
  return chunks;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  if (pb <= pc) return b;
  return c;
}

function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  let src = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[src++];
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const cur = raw[src++];
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[prev + x] : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp] : 0;
      let v;
      switch (filter) {
        case 0: v = cur; break;
        case 1: v = cur + a; break;
        case 2: v = cur + b; break;
        case 3: v = cur + ((a + b) >> 1); break;
        case 4: v = cur + paeth(a, b, c); break;
        default: throw new Error('bad filter type ' + filter);
      }
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

function decode(buf) {
  const chunks = readChunks(buf);
  const ihdr = chunks.find((c) => c.type === 'IHDR');
  if (!ihdr) throw new Error('missing IHDR');
  const width = ihdr.data.readUInt32BE(0);
  const height = ihdr.data.readUInt32BE(4);
  const depth = ihdr.data[8];
  const colorType = ihdr.data[9];
  const interlace = ihdr.data[12];
  if (depth !== 8) throw new Error('only 8-bit PNGs are supported');
  if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
  let bpp;
  if (colorType === 2) bpp = 3;
  else if (colorType === 6) bpp = 4;
  else if (colorType === 0) bpp = 1;
  else throw new Error('unsupported colour type ' + colorType);
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = zlib.inflateSync(idat);
  const pixels = unfilter(raw, width, height, bpp);
  const text = {};
  for (const c of chunks) {
    if (c.type !== 'tEXt') continue;
    const nul = c.data.indexOf(0);
    if (nul > 0) text[c.data.toString('latin1', 0, nul)] = c.data.toString('latin1', nul + 1);
  }
  return { width, height, bpp, pixels, text };
}

function pixelAt(img, x, y) {
  const i = (y * img.width + x) * img.bpp;
  const p = img.pixels;
  if (img.bpp === 1) return [p[i], p[i], p[i], 255];
  return [p[i], p[i + 1], p[i + 2], img.bpp === 4 ? p[i + 3] : 255];
}

function resize(img, targetWidth) {
  if (!targetWidth || targetWidth >= img.width) return img;
  const scale = img.width / targetWidth;
  const w = targetWidth;
  const h = Math.max(1, Math.round(img.height / scale));
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const px = pixelAt(img, Math.min(img.width - 1, Math.floor(x * scale)), Math.min(img.height - 1, Math.floor(y * scale)));
      out.set(px, (y * w + x) * 4);
    }
  }
  return { width: w, height: h, bpp: 4, pixels: out, text: img.text };
}

module.exports = { decode, pixelAt, resize };
