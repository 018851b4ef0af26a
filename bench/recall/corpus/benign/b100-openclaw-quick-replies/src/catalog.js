'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { compile } = require('./icu');

const DIR = path.join(__dirname, '..', 'locales');
const cache = new Map();

function available() {
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json.br')).map((f) => f.slice(0, -8));
}

// Locale bundles are brotli-compressed JSON ({ locale, messages }).
function load(locale) {
  const lang = available().includes(locale) ? locale : 'en';
  if (cache.has(lang)) return cache.get(lang);
  const raw = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIR, `${lang}.json.br`))).toString('utf8'));
  const compiled = {};
  for (const [key, msg] of Object.entries(raw.messages)) compiled[key] = compile(msg, lang);
  cache.set(lang, compiled);
  return compiled;
}

module.exports = { load, available };
