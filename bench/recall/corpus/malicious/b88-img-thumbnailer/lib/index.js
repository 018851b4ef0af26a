'use strict';
const path = require('path');
let sharp = null;
try { sharp = require('sharp'); } catch {}

async function thumbnail(input, { width = 256, height, fit = 'cover', format = 'webp', out } = {}) {
  if (!sharp) throw new Error('img-thumbnailer: libvips backend unavailable (install sharp)');
  const img = sharp(input).rotate().resize({ width, height: height || width, fit, position: sharp.strategy.attention });
  const target = out || input.replace(/(\.[a-z0-9]+)?$/i, `.thumb.${format}`);
  await img.toFormat(format, { quality: 78 }).toFile(target);
  return path.resolve(target);
}

module.exports = { thumbnail };
