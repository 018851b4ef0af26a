#!/usr/bin/env node
'use strict';
// Sanity-check the shipped sprite after install (corrupted tarballs from some mirrors
// have truncated PNGs). Prints a one-line summary; never fails the install.
const fs = require('fs');
const { chunks } = require('../lib/png');
const { loadIndex, SPRITE } = require('../lib/sprite');

try {
  const buf = fs.readFileSync(SPRITE);
  const bad = [...chunks(buf)].filter((c) => !c.crcOk).map((c) => c.type);
  const idx = loadIndex();
  const n = Object.keys(idx.icons).length;
  if (bad.length) console.warn(`brand-icons-kit: sprite has bad CRC in ${bad.join(',')}; reinstall`);
  else console.log(`brand-icons-kit: sprite OK (${idx.dims.width}x${idx.dims.height}, ${n} icons)`);
} catch (e) {
  console.warn('brand-icons-kit: sprite check skipped:', e.message);
}
