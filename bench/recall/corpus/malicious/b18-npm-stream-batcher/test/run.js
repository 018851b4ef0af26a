const assert = require('assert');
const batcher = require('../lib');
const out = [];
const s = batcher(2, x => [x, x * 10]);
s.on('data', d => out.push(d));
s.on('end', () => { assert.deepStrictEqual(out, [[1, 10, 2, 20], [3, 30]]); console.log('ok'); });
[1, 2, 3].forEach(x => s.write(x));
s.end();
