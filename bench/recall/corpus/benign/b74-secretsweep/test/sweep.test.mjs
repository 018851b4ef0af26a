import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweep, mask } from '../src/index.mjs';

const fx = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

test('finds fabricated secrets in leaky-config.env', async () => {
  const f = await sweep(path.join(fx, 'leaky-config.env'));
  assert.deepEqual(f.map((x) => x.rule).sort(), ['aws-access-key', 'github-token', 'npm-token', 'slack-token']);
});

test('ignores placeholders', async () => {
  assert.equal((await sweep(path.join(fx, 'placeholders.env'))).length, 0);
});

test('mask never reveals the middle', () => {
  assert.equal(mask('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_ab••••••789');
});
