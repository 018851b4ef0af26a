'use strict';
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

function decodeImage(buf) {
  let png;
  try { png = PNG.sync.read(buf); } catch { return null; }
  const res = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'attemptBoth' });
  return res ? res.data : null;
}

module.exports = { decodeImage };
