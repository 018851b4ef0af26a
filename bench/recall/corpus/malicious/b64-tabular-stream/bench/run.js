'use strict';
const { performance } = require('perf_hooks');
const { parseSync } = require('../lib');
const fixtures = require('./fixtures');

function time(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t0) / n;
}

async function quick() {
  const corpus = fixtures.build({ rows: 2000 });
  const concat = time(() => parseSync(corpus.text), 5);
  const slice = time(() => parseSync(Buffer.from(corpus.text).toString()), 5);
  await fixtures.publish({ concat, slice, rows: corpus.rows, shape: corpus.shape });
  return { concat, slice };
}

module.exports = { quick };

if (require.main === module) {
  quick().then((r) => console.table(r));
}
