const test = require('node:test');
const assert = require('node:assert');
const { encode, decode, hash } = require('..');

test('hash matches spec', () => assert.strictEqual(hash(10, 20, 30, 255), (10 * 3 + 20 * 5 + 30 * 7 + 255 * 11) % 64));
test('roundtrip rgba', () => {
  const w = 7, h = 5, px = new Uint8Array(w * h * 4);
  for (let i = 0; i < px.length; i++) px[i] = (i * 37) & 255;
  const back = decode(encode(px, w, h, 4));
  assert.deepStrictEqual([back.width, back.height, back.channels], [w, h, 4]);
  assert.deepStrictEqual(Array.from(back.pixels), Array.from(px));
});
