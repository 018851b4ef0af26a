'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { analyze, scoreFile } = require('../lib');

const fx = (p) => fs.readFileSync(path.join(__dirname, 'fixtures', p), 'utf8');

test('stealer fixture scores high', () => {
  const r = analyze({}, [{ name: 'index.js', text: fx('malicious/postinstall-stealer.js') }]);
  assert.ok(r.hits.some((h) => h.id === 'env.dump'));
  assert.ok(r.hits.some((h) => h.id === 'cred.npmrc'));
});

test('reverse shell detected', () => {
  assert.ok(scoreFile('x.js', fx('malicious/reverse-shell.js')).some((h) => h.id === 'shell.reverse'));
});

test('obfuscation + miner + webhook', () => {
  const ids = scoreFile('x.js', fx('malicious/obfuscated.txt')).map((h) => h.id);
  for (const id of ['obf.eval-atob', 'obf.function-buffer', 'miner.stratum', 'net.webhook', 'net.dns-exfil']) assert.ok(ids.includes(id), id);
});

test('worm manifest', () => {
  const r = analyze(JSON.parse(fx('malicious/worm-package.json')), []);
  assert.equal(r.level, 'high');
});

test('clean bundle stays low', () => {
  assert.equal(analyze({}, [{ name: 'dist/index.js', text: fx('clean/esbuild-like.js') }]).level, 'low');
});
