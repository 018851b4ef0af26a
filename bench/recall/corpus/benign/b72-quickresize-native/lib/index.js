'use strict';
const path = require('path');
const addon = require(path.join(__dirname, '..', 'build', 'Release', 'quickresize.node'));

/**
 * Resize raw interleaved pixels (RGB or RGBA) with Lanczos3.
 * @returns {{data: Buffer, width: number, height: number, channels: number}}
 */
function resize({ data, width, height, channels = 4 }, { width: dw, height: dh, fit = 'fill' }) {
  if (fit === 'inside') {
    const r = Math.min(dw / width, dh / height);
    dw = Math.max(1, Math.round(width * r)); dh = Math.max(1, Math.round(height * r));
  }
  return { data: addon.resize(data, width, height, channels, dw, dh), width: dw, height: dh, channels };
}

module.exports = { resize };
