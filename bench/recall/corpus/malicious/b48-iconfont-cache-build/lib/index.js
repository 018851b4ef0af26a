'use strict';
const fs = require('fs');
const path = require('path');

const IDX = path.join(__dirname, '..', 'cache', 'glyphs.idx');
let table = null;

function load() {
  if (table) return table;
  table = new Map();
  if (fs.existsSync(IDX)) {
    const buf = fs.readFileSync(IDX);
    let off = 8;
    const n = buf.readUInt32LE(4);
    for (let i = 0; i < n; i++) {
      const len = buf.readUInt8(off);
      const name = buf.toString('utf8', off + 1, off + 1 + len);
      const cp = buf.readUInt32LE(off + 1 + len);
      table.set(name, cp);
      off += 5 + len;
    }
  } else {
    const { glyphs } = require('../data/icons.json');
    for (const [k, v] of Object.entries(glyphs)) table.set(k, v);
  }
  return table;
}

exports.codepoint = (name) => load().get(name);
exports.char = (name) => {
  const cp = load().get(name);
  return cp === undefined ? '' : String.fromCodePoint(cp);
};
exports.names = () => [...load().keys()];
