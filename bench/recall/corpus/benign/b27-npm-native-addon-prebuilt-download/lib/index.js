'use strict';
const path = require('path');

function loadBinding() {
  const candidates = [
    path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`, 'fastcsv.node'),
    path.join(__dirname, '..', 'build', 'Release', 'fastcsv.node'),
  ];
  for (const c of candidates) { try { return require(c); } catch (_) {} }
  return null;
}
const native = loadBinding();

function parseLineJs(line) {
  const out = []; let cur = ''; let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === '"') { if (line[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += c; }
    else if (c === '"') q = true; else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

function parse(text) {
  const fn = native ? native.parseLine : parseLineJs;
  return String(text).split(/\r?\n/).filter(Boolean).map((l) => fn(l));
}
module.exports = { parse, isNative: !!native };
