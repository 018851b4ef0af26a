'use strict';

// Shortcode table ships brotli-compressed (data/inline.js, base64) to keep the
// install small; it is inflated lazily on first use. The same bytes are also in
// data/shortcodes.json.br for consumers that want to stream them.

const zlib = require('zlib');

let table = null;
let reverse = null;

function load() {
  if (table) return table;
  const packed = Buffer.from(require('./data/inline.js'), 'base64');
  table = JSON.parse(zlib.brotliDecompressSync(packed).toString('utf8'));
  reverse = new Map();
  for (const [code, emoji] of Object.entries(table)) if (!reverse.has(emoji)) reverse.set(emoji, code);
  return table;
}

function get(code) {
  return load()[String(code).replace(/^:|:$/g, '')] || null;
}

function emojify(text, { onMissing } = {}) {
  load();
  return String(text).replace(/:([a-z0-9_+-]+):/gi, (m, code) => {
    const e = table[code.toLowerCase()];
    if (e) return e;
    return typeof onMissing === 'function' ? onMissing(code) : m;
  });
}

function unemojify(text) {
  load();
  return Array.from(String(text))
    .map((ch) => (reverse.has(ch) ? `:${reverse.get(ch)}:` : ch))
    .join('');
}

function search(query, limit = 10) {
  const q = String(query).toLowerCase();
  return Object.entries(load())
    .filter(([code]) => code.includes(q))
    .sort((a, b) => a[0].indexOf(q) - b[0].indexOf(q) || a[0].length - b[0].length)
    .slice(0, limit)
    .map(([code, emoji]) => ({ code, emoji }));
}

module.exports = { get, emojify, unemojify, search, all: () => Object.assign({}, load()) };
