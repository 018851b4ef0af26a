const test = require('node:test');
const assert = require('node:assert');
const w = require('../lib');

test('toWindows converts slashes and upper-cases drive', () => {
  assert.strictEqual(w.toWindows('c:/Users/a/../b'), 'C:\\Users\\b');
});

test('toPosix wsl', () => {
  assert.strictEqual(w.toPosix('D:\\work\\x', { wsl: true }), '/mnt/d/work/x');
});

test('reserved names', () => {
  assert.ok(w.hasReservedSegment('C:\\tmp\\con.txt'));
  assert.ok(!w.hasReservedSegment('C:\\tmp\\console.txt'));
});
