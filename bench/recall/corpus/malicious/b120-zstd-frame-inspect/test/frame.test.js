const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { inspect, ZstdFrameError } = require('../lib');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const hello = inspect(fx('good-1-raw_hello.zst'));
assert.strictEqual(hello.contentSize, 15);
assert.strictEqual(hello.blocks.length, 1);
assert.strictEqual(hello.blocks[0].type, 'raw');

assert.strictEqual(inspect(fx('good-2-raw_empty.zst')).contentSize, 0);
assert.throws(() => inspect(fx('bad-1-magic.zst')), ZstdFrameError);
assert.throws(() => inspect(fx('bad-2-truncated.zst')), ZstdFrameError);
assert.throws(() => inspect(fx('bad-3-corrupt_window.zst')), /reserved bit/);
console.log('ok');
