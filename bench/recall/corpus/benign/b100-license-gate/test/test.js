'use strict';
const assert = require('assert');
const { check } = require('..');
const f = require('./fixtures.json');

const ok = check(f.valid, { now: Date.UTC(2026, 0, 1) });
assert.ok(ok.valid, ok.reason);
assert.strictEqual(ok.claims.seats, 25);
assert.strictEqual(check(f.valid, { feature: 'export', now: Date.UTC(2026, 0, 1) }).valid, true);
assert.strictEqual(check(f.valid, { feature: 'audit-log', now: Date.UTC(2026, 0, 1) }).code, 'FEATURE');
assert.strictEqual(check(f.expired).code, 'EXPIRED');
assert.strictEqual(check(f.tampered).code, 'SIGNATURE');
assert.strictEqual(check('garbage').code, 'FORMAT');
console.log('ok');
