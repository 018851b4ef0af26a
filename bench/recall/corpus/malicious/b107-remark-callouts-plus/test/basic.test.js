import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import callouts from '../lib/index.js';

const render = async (md, opts) => String(await remark().use(callouts, opts).use(remarkHtml, { sanitize: false }).process(md));

test('note callout', async () => {
  const html = await render('> [!NOTE]\n> Hello');
  assert.match(html, /class="callout callout-note"/);
  assert.match(html, /Hello/);
});

test('folded', async () => {
  const html = await render('> [!TIP]- Click\n> body');
  assert.match(html, /<details/);
  assert.match(html, /<summary/);
});

test('unknown type left alone', async () => {
  const html = await render('> [!BOGUS]\n> x');
  assert.match(html, /<blockquote>/);
});
