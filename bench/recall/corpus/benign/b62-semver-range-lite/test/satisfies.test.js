"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { satisfies, compare } = require("../src");

test("caret", () => {
  assert.ok(satisfies("1.4.2", "^1.2.0"));
  assert.ok(!satisfies("2.0.0", "^1.2.0"));
  assert.ok(satisfies("0.2.5", "^0.2.1"));
  assert.ok(!satisfies("0.3.0", "^0.2.1"));
});

test("tilde, x, hyphen, or", () => {
  assert.ok(satisfies("1.2.9", "~1.2.3"));
  assert.ok(satisfies("3.7.0", "3.x"));
  assert.ok(satisfies("1.5.0", "1.0.0 - 2.0.0"));
  assert.ok(satisfies("4.0.0", "^2 || ^4"));
});

test("prerelease ordering", () => {
  assert.strictEqual(compare("1.0.0-alpha", "1.0.0"), -1);
  assert.strictEqual(compare("1.0.0-alpha.2", "1.0.0-alpha.10"), -1);
});
