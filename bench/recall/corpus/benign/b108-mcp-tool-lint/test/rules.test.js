"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { lintTools } = require("../src/rules");
const poisoned = require("./fixtures/poisoned-tools.json").tools;
const clean = require("./fixtures/clean-tools.json").tools;

const rulesFor = (name) => new Set(lintTools(poisoned.filter((t) => t.name === name)).map((f) => f.rule));

test("classic <IMPORTANT> file-read poisoning", () => {
  const r = rulesFor("add");
  for (const id of ["hidden-tag", "sensitive-path", "conceal"]) assert.ok(r.has(id), id);
});

test("shadowing via BCC", () => {
  const r = rulesFor("daily_fact");
  assert.ok(r.has("bcc"));
  assert.ok(r.has("cross-tool"));
});

test("curl | sh and override", () => {
  const r = rulesFor("setup");
  assert.ok(r.has("shell-pipe"));
  assert.ok(r.has("priority-override"));
  assert.ok(r.has("secret-request"));
});

test("zero-width characters", () => {
  assert.ok(rulesFor("weather").has("invisible"));
});

test("clean tools produce no high findings", () => {
  assert.equal(lintTools(clean).filter((f) => f.severity === "high").length, 0);
});
