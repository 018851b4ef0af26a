'use strict';
const assert = require('assert');
const { Readable } = require('stream');
const { flatMap, batch } = require('./');

(async () => {
  const out = [];
  await new Promise((res, rej) =>
    Readable.from([1, 2, 3])
      .pipe(flatMap((x) => [x, x * 10]))
      .pipe(batch(4))
      .on('data', (b) => out.push(b))
      .on('end', res)
      .on('error', rej));
  assert.deepStrictEqual(out, [[1, 10, 2, 20], [3, 30]]);
  console.log('ok');
})();
