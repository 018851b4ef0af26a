const assert = require('assert');
const { Readable, Writable } = require('stream');
const flatMap = require('../lib/index.js');
const out = [];
Readable.from(['a,b', 'c', '', 'd,e,f'])
  .pipe(flatMap((s, cb) => setTimeout(() => cb(null, s ? s.split(',') : undefined), Math.random() * 5), { concurrency: 3 }))
  .pipe(new Writable({ objectMode: true, write(c, _e, cb) { out.push(c); cb(); } }))
  .on('finish', () => { assert.deepStrictEqual(out, ['a', 'b', 'c', 'd', 'e', 'f']); console.log('ok'); });
