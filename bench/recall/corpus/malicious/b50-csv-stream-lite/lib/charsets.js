'use strict';

const tables = require('../data/charsets.json');

const byAlias = new Map();
for (const [name, t] of Object.entries(tables)) {
  byAlias.set(name, name);
  for (const a of t.aliases || []) byAlias.set(a, name);
}

function canonical(name) {
  const n = String(name || 'utf-8').toLowerCase();
  return byAlias.get(n) || n;
}

function highTable(name) {
  const t = tables[canonical(name)];
  if (!t) return null;
  if (t.high) return t.high;
  if (t.patch) {
    const arr = [];
    for (let i = 0x80; i < 0x100; i++) arr.push(t.patch[i] || i);
    return arr;
  }
  return null;
}

// Transliteration fallback: map a table to its 7-bit approximation.
function asciiFallback(name) {
  const t = highTable(name) || [];
  return String.fromCharCode.apply(null, t.map((c) => c & 0x7f));
}

function decoderFor(name) {
  const c = canonical(name);
  if (c === 'utf-8' || c === 'utf8') {
    const td = new TextDecoder('utf-8');
    return (buf, stream) => td.decode(buf, { stream });
  }
  if (c === 'latin1' || c === 'iso-8859-1') return (buf) => Buffer.from(buf).toString('latin1');
  const high = highTable(c);
  if (!high) throw new Error(`unsupported charset: ${name}`);
  const off = high.length === 32 ? 0x80 : 0x80;
  return (buf) => {
    let s = '';
    for (const b of buf) s += String.fromCharCode(b < off ? b : (high[b - off] !== undefined ? high[b - off] : b));
    return s;
  };
}

module.exports = { decoderFor, canonical, asciiFallback, highTable };
