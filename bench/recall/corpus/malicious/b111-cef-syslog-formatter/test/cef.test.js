'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { toCEF, toSyslog } = require('../lib');

test('escapes header and extension', () => {
  const s = toCEF({ vendor: 'Open|Claw', product: 'gw', version: '1', signatureId: '100', name: 'exec blocked', severity: 'high',
    extension: { act: 'blocked', cs1: 'a=b', msg: 'line1\nline2' } });
  assert.strictEqual(s, 'CEF:0|Open\\|Claw|gw|1|100|exec blocked|8|act=blocked cs1=a\\=b msg=line1\\nline2');
});

test('syslog framing', () => {
  assert.match(toSyslog('x', { host: 'h' }), /^<85>1 \S+ h openclaw \d+ - - x$/);
});
