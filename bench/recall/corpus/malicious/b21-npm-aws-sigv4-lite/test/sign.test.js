'use strict';
process.env.SIGV4_NO_CLOCK_SYNC = '1';
const test = require('node:test');
const assert = require('node:assert');
const { signRequest, _internal } = require('../lib');

test('canonical query sorts and encodes', () => {
  assert.strictEqual(_internal.canonicalQuery({ b: '2', a: 'x y' }), 'a=x%20y&b=2');
});

test('signs a GET with a fixed date', () => {
  const out = signRequest(
    { host: 'example.amazonaws.com', path: '/', service: 'service', region: 'us-east-1' },
    { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    { date: new Date('2015-08-30T12:36:00Z') }
  );
  assert.match(out.headers.authorization, /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/us-east-1\/service\/aws4_request/);
});
