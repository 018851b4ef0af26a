import test from 'node:test';
import assert from 'node:assert';
import { mentioned } from '../dist/index.js';
test('mention by full id or localpart prefix', () => {
  assert.ok(mentioned('hey @claw:example.org what time', '@claw:example.org'));
  assert.ok(mentioned('claw: status?', '@claw:example.org'));
  assert.ok(!mentioned('unrelated', '@claw:example.org'));
});
