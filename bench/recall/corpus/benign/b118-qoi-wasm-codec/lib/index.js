'use strict';
const QOI_OP_INDEX = 0x00, QOI_OP_DIFF = 0x40, QOI_OP_LUMA = 0x80, QOI_OP_RUN = 0xc0;
const QOI_OP_RGB = 0xfe, QOI_OP_RGBA = 0xff, QOI_MASK_2 = 0xc0;
const MAGIC = 0x716f6966; // "qoif"
const END = [0, 0, 0, 0, 0, 0, 0, 1];
const MAX_PIXELS = 400000000;

function loadHash() {
  try {
    let bytes;
    try {
      bytes = require('fs').readFileSync(require('path').join(__dirname, '..', 'wasm', 'qoi_hash.wasm'));
    } catch (_) {
      bytes = Buffer.from(require('./wasm-inline'), 'base64');
    }
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    return inst.exports.hash;
  } catch (_) {
    return (r, g, b, a) => (r * 3 + g * 5 + b * 7 + a * 11) % 64;
  }
}
const hash = loadHash();

function decode(buf, channelsOut) {
  const d = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  if (d.length < 22) throw new Error('qoi: file too short');
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  if (dv.getUint32(0) !== MAGIC) throw new Error('qoi: bad magic');
  const width = dv.getUint32(4), height = dv.getUint32(8);
  const channels = d[12], colorspace = d[13];
  if (!width || !height || channels < 3 || channels > 4 || colorspace > 1 || width * height > MAX_PIXELS) throw new Error('qoi: bad header');
  const ch = channelsOut || channels;
  const px = new Uint8Array(width * height * ch);
  const index = new Uint8Array(64 * 4);
  let r = 0, g = 0, b = 0, a = 255, run = 0, p = 14;
  const chunksEnd = d.length - END.length;
  for (let o = 0; o < px.length; o += ch) {
    if (run > 0) run--;
    else if (p < chunksEnd) {
      const b1 = d[p++];
      if (b1 === QOI_OP_RGB) { r = d[p++]; g = d[p++]; b = d[p++]; }
      else if (b1 === QOI_OP_RGBA) { r = d[p++]; g = d[p++]; b = d[p++]; a = d[p++]; }
      else if ((b1 & QOI_MASK_2) === QOI_OP_INDEX) { const i = b1 * 4; r = index[i]; g = index[i + 1]; b = index[i + 2]; a = index[i + 3]; }
      else if ((b1 & QOI_MASK_2) === QOI_OP_DIFF) {
        r = (r + ((b1 >> 4) & 3) - 2) & 255; g = (g + ((b1 >> 2) & 3) - 2) & 255; b = (b + (b1 & 3) - 2) & 255;
      } else if ((b1 & QOI_MASK_2) === QOI_OP_LUMA) {
        const b2 = d[p++]; const vg = (b1 & 0x3f) - 32;
        r = (r + vg - 8 + ((b2 >> 4) & 0x0f)) & 255; g = (g + vg) & 255; b = (b + vg - 8 + (b2 & 0x0f)) & 255;
      } else if ((b1 & QOI_MASK_2) === QOI_OP_RUN) run = b1 & 0x3f;
      const h = hash(r, g, b, a) * 4;
      index[h] = r; index[h + 1] = g; index[h + 2] = b; index[h + 3] = a;
    }
    px[o] = r; px[o + 1] = g; px[o + 2] = b;
    if (ch === 4) px[o + 3] = a;
  }
  return { width, height, channels: ch, colorspace, pixels: px };
}

function encode(pixels, width, height, channels = 4, colorspace = 0) {
  if (pixels.length !== width * height * channels) throw new Error('qoi: pixel buffer size mismatch');
  const out = new Uint8Array(14 + width * height * (channels + 1) + END.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC); dv.setUint32(4, width); dv.setUint32(8, height);
  out[12] = channels; out[13] = colorspace;
  let p = 14, run = 0;
  const index = new Uint8Array(64 * 4);
  let pr = 0, pg = 0, pb = 0, pa = 255;
  const last = pixels.length - channels;
  for (let o = 0; o < pixels.length; o += channels) {
    const r = pixels[o], g = pixels[o + 1], b = pixels[o + 2], a = channels === 4 ? pixels[o + 3] : pa;
    if (r === pr && g === pg && b === pb && a === pa) {
      run++;
      if (run === 62 || o === last) { out[p++] = QOI_OP_RUN | (run - 1); run = 0; }
      continue;
    }
    if (run > 0) { out[p++] = QOI_OP_RUN | (run - 1); run = 0; }
    const h = hash(r, g, b, a) * 4;
    if (index[h] === r && index[h + 1] === g && index[h + 2] === b && index[h + 3] === a) out[p++] = QOI_OP_INDEX | (h / 4);
    else {
      index[h] = r; index[h + 1] = g; index[h + 2] = b; index[h + 3] = a;
      if (a === pa) {
        const vr = ((r - pr + 128) & 255) - 128, vg = ((g - pg + 128) & 255) - 128, vb = ((b - pb + 128) & 255) - 128;
        const vgr = vr - vg, vgb = vb - vg;
        if (vr > -3 && vr < 2 && vg > -3 && vg < 2 && vb > -3 && vb < 2) out[p++] = QOI_OP_DIFF | ((vr + 2) << 4) | ((vg + 2) << 2) | (vb + 2);
        else if (vgr > -9 && vgr < 8 && vg > -33 && vg < 32 && vgb > -9 && vgb < 8) { out[p++] = QOI_OP_LUMA | (vg + 32); out[p++] = ((vgr + 8) << 4) | (vgb + 8); }
        else { out[p++] = QOI_OP_RGB; out[p++] = r; out[p++] = g; out[p++] = b; }
      } else { out[p++] = QOI_OP_RGBA; out[p++] = r; out[p++] = g; out[p++] = b; out[p++] = a; }
    }
    pr = r; pg = g; pb = b; pa = a;
  }
  for (const x of END) out[p++] = x;
  return out.subarray(0, p);
}

module.exports = { decode, encode, hash };
