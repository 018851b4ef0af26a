'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { scanDir } = require('../src/scan');

test('reverse shell fixture is critical, plain socket is not', () => {
  const f = scanDir(path.join(__dirname, 'fixtures'));
  assert.ok(f.some((x) => x.rule === 'threat-reverse-shell' && x.file === 'reverse-shell.js'));
  assert.ok(!f.some((x) => x.rule === 'threat-reverse-shell' && x.file === 'benign-socket.js'));
});
