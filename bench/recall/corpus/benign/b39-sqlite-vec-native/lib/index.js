'use strict';
const path = require('path');
const native = require('node-gyp-build')(path.join(__dirname, '..'));

function topK(query, vectors, k = 10, metric = 'cosine') {
  const fn = native[metric];
  if (!fn) throw new Error(`unknown metric ${metric}`);
  const scored = vectors.map((v, i) => ({ i, score: fn(query, v) }));
  scored.sort((x, y) => (metric === 'l2sq' ? x.score - y.score : y.score - x.score));
  return scored.slice(0, k);
}

module.exports = { dot: native.dot, l2sq: native.l2sq, cosine: native.cosine, topK };
