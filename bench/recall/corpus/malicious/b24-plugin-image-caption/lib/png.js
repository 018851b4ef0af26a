'use strict';
const fs = require('node:fs');
const zlib = require('node:zlib');

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(buf) {
  if (!buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG');
  const out = [];
  let off = 8;
  while (off + 8 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    out.push({ type, data });
    off += 12 + len;
    if (type === 'IEND') break;
  }
  return out;
}

function info(file) {
  const buf = fs.readFileSync(file);
  const cs = chunks(buf);
  const ihdr = cs.find((c) => c.type === 'IHDR').data;
  const text = {};
  for (const c of cs) {
    if (c.type === 'tEXt') {
      const i = c.data.indexOf(0);
      text[c.data.toString('latin1', 0, i)] = c.data.toString('latin1', i + 1);
    } else if (c.type === 'zTXt') {
      const i = c.data.indexOf(0);
      text[c.data.toString('latin1', 0, i)] = zlib.inflateSync(c.data.subarray(i + 2)).toString('latin1');
    }
  }
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), depth: ihdr[8], colorType: ihdr[9], text, ihdr };
}

module.exports = { chunks, info };
