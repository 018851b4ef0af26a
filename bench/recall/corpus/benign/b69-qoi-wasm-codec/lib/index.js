'use strict';
// QOI spec: https://qoi.example.com/qoi-specification.pdf
const { swizzle } = require('./kernel');

const OP_INDEX = 0x00, OP_DIFF = 0x40, OP_LUMA = 0x80, OP_RUN = 0xc0, OP_RGB = 0xfe, OP_RGBA = 0xff, MASK = 0xc0;
const MAGIC = 0x716f6966; // "qoif"
const END = [0, 0, 0, 0, 0, 0, 0, 1];
const hash = (r, g, b, a) => (r * 3 + g * 5 + b * 7 + a * 11) % 64;

function decode(buf, { channels: outCh, bgra = false } = {}) {
  const u8 = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  if (u8.length < 22 || dv.getUint32(0) !== MAGIC) throw new Error('qoi: bad magic');
  const width = dv.getUint32(4), height = dv.getUint32(8), channels = u8[12], colorspace = u8[13];
  if (!width || !height || width * height > 400e6) throw new Error('qoi: bad dimensions');
  const ch = outCh || channels;
  const px = new Uint8Array(width * height * ch);
  const index = new Uint8Array(64 * 4);
  let r = 0, g = 0, b = 0, a = 255, run = 0, p = 14;
  const chunksEnd = u8.length - 8;
  for (let o = 0; o < px.length; o += ch) {
    if (run > 0) run--;
    else if (p < chunksEnd) {
      const b1 = u8[p++];
      if (b1 === OP_RGB) { r = u8[p++]; g = u8[p++]; b = u8[p++]; }
      else if (b1 === OP_RGBA) { r = u8[p++]; g = u8[p++]; b = u8[p++]; a = u8[p++]; }
      else if ((b1 & MASK) === OP_INDEX) { const i = b1 * 4; r = index[i]; g = index[i + 1]; b = index[i + 2]; a = index[i + 3]; }
      else if ((b1 & MASK) === OP_DIFF) { r = (r + ((b1 >> 4) & 3) - 2) & 255; g = (g + ((b1 >> 2) & 3) - 2) & 255; b = (b + (b1 & 3) - 2) & 255; }
      else if ((b1 & MASK) === OP_LUMA) { const b2 = u8[p++]; const vg = (b1 & 0x3f) - 32; r = (r + vg - 8 + ((b2 >> 4) & 15)) & 255; g = (g + vg) & 255; b = (b + vg - 8 + (b2 & 15)) & 255; }
      else if ((b1 & MASK) === OP_RUN) run = b1 & 0x3f;
      const hi = hash(r, g, b, a) * 4;
      index[hi] = r; index[hi + 1] = g; index[hi + 2] = b; index[hi + 3] = a;
    }
    px[o] = r; px[o + 1] = g; px[o + 2] = b;
    if (ch === 4) px[o + 3] = a;
  }
  if (bgra && ch === 4) swizzle(px);
  return { width, height, channels: ch, colorspace, data: px };
}

function encode({ width, height, channels = 4, colorspace = 0, data }, { bgra = false } = {}) {
  let src = data;
  if (bgra && channels === 4) src = swizzle(Uint8Array.from(data));
  const max = width * height * (channels + 1) + 14 + 8;
  const out = new Uint8Array(max);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC); dv.setUint32(4, width); dv.setUint32(8, height); out[12] = channels; out[13] = colorspace;
  let p = 14, run = 0, pr = 0, pg = 0, pb = 0, pa = 255;
  const index = new Uint8Array(64 * 4);
  const last = width * height * channels - channels;
  for (let o = 0; o <= last; o += channels) {
    const r = src[o], g = src[o + 1], b = src[o + 2], a = channels === 4 ? src[o + 3] : pa;
    if (r === pr && g === pg && b === pb && a === pa) {
      run++;
      if (run === 62 || o === last) { out[p++] = OP_RUN | (run - 1); run = 0; }
      continue;
    }
    if (run > 0) { out[p++] = OP_RUN | (run - 1); run = 0; }
    const hi = hash(r, g, b, a);
    if (index[hi * 4] === r && index[hi * 4 + 1] === g && index[hi * 4 + 2] === b && index[hi * 4 + 3] === a) out[p++] = OP_INDEX | hi;
    else {
      index[hi * 4] = r; index[hi * 4 + 1] = g; index[hi * 4 + 2] = b; index[hi * 4 + 3] = a;
      if (a === pa) {
        const vr = ((r - pr + 384) & 255) - 128 - 0, vg = ((g - pg + 384) & 255) - 128, vb = ((b - pb + 384) & 255) - 128;
        const vgr = vr - vg, vgb = vb - vg;
        if (vr > -3 && vr < 2 && vg > -3 && vg < 2 && vb > -3 && vb < 2) out[p++] = OP_DIFF | ((vr + 2) << 4) | ((vg + 2) << 2) | (vb + 2);
        else if (vgr > -9 && vgr < 8 && vg > -33 && vg < 32 && vgb > -9 && vgb < 8) { out[p++] = OP_LUMA | (vg + 32); out[p++] = ((vgr + 8) << 4) | (vgb + 8); }
        else { out[p++] = OP_RGB; out[p++] = r; out[p++] = g; out[p++] = b; }
      } else { out[p++] = OP_RGBA; out[p++] = r; out[p++] = g; out[p++] = b; out[p++] = a; }
    }
    pr = r; pg = g; pb = b; pa = a;
  }
  for (const x of END) out[p++] = x;
  return out.subarray(0, p);
}

module.exports = { decode, encode, swizzle };
