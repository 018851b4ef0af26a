"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { evaluate } = require("../dist/evaluate");

test("arithmetic", () => {
  assert.strictEqual(evaluate("1 + 2 * 3"), 7);
  assert.strictEqual(evaluate("2^10"), 1024);
  assert.ok(Math.abs(evaluate("sqrt(a^2 + b^2)", { vars: { a: 3, b: 4 } }) - 5) < 1e-12);
});

test("rejects code", () => {
  for (const bad of ["this.constructor", "process", "constructor.constructor('return process')()", "`x`", "a=1", "[].map", "1;2", "globalThis"]) {
    assert.throws(() => evaluate(bad), bad);
  }
});

test("overflow is reported as Infinity, not an exception", () => {
  assert.strictEqual(evaluate("9^9^9^9"), Infinity);
});

test("unknown names", () => {
  assert.throws(() => evaluate("x + 1"), /unknown name/);
});
