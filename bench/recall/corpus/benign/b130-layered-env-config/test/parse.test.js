"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { parse, expand } = require("../lib/parse");

test("parses quotes, export and comments", () => {
  const v = parse('export A=1\nB="two words"\nC=\'x#y\'\nD=val # note\n# E=skip\n');
  assert.deepStrictEqual(v, { A: "1", B: "two words", C: "x#y", D: "val" });
});

test("expands references and defaults", () => {
  const v = expand({ HOST: "db", URL: "postgres://${HOST}:${PORT:-5432}/app" });
  assert.strictEqual(v.URL, "postgres://db:5432/app");
});
