'use strict';
// Minimal ustar reader/writer, enough for npm package tarballs.
const zlib = require('zlib');

function readTar(gz) {
  const buf = zlib.gunzipSync(gz);
  const out = [];
  let off = 0;
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = str(h, 0, 100);
    const prefix = str(h, 345, 155);
    const size = parseInt(str(h, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(h[156] || 48);
    const mode = parseInt(str(h, 100, 8).trim() || '644', 8);
    off += 512;
    if (type === '0' || type === '\0') {
      out.push({ name: prefix ? prefix + '/' + name : name, mode, data: Buffer.from(buf.subarray(off, off + size)) });
    }
    off += Math.ceil(size / 512) * 512;
  }
  return out;
}

function str(b, o, n) {
  const s = b.subarray(o, o + n);
  const z = s.indexOf(0);
  return s.subarray(0, z < 0 ? n : z).toString('utf8');
}

function header(name, size, mode) {
  const h = Buffer.alloc(512);
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const i = name.lastIndexOf('/', 154);
    prefix = name.slice(0, i);
    name = name.slice(i + 1);
  }
  h.write(name, 0, 100);
  h.write(((mode || 0o644) & 0o7777).toString(8).padStart(7, '0') + '\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write(Math.floor(Date.UTC(1985, 9, 26, 8, 15) / 1000).toString(8).padStart(11, '0') + '\0', 136);
  h.write('        ', 148);
  h[156] = 48;
  h.write('ustar\0', 257);
  h.write('00', 263);
  h.write(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

function writeTar(entries) {
  const parts = [];
  for (const e of entries) {
    parts.push(header(e.name, e.data.length, e.mode));
    parts.push(e.data);
    const pad = (512 - (e.data.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(parts), { level: 9 });
}

module.exports = { readTar, writeTar };
