"use strict";
const { test } = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { audit } = require("../src");

const fx = (p) => path.join(__dirname, "fixtures", p);

test("flags pipe-to-shell postinstall and URL deps", () => {
  const m = JSON.parse(fs.readFileSync(fx("evil-postinstall/package.json"), "utf8"));
  const ids = audit(m).map((f) => f.id);
  assert.ok(ids.includes("pipe-to-shell"));
  assert.ok(ids.includes("url-dependency"));
});

test("encoded detector matches fixture text", () => {
  const src = fs.readFileSync(fx("obfuscated/payload.fixture.txt"), "utf8");
  const ids = audit({ scripts: { postinstall: src.split("\n")[2] } }).map((f) => f.id);
  assert.ok(ids.includes("encoded"));
});

test("clean manifest has no high findings", () => {
  assert.deepStrictEqual(audit({ name: "x", scripts: { test: "node --test" } }).filter((f) => f.severity === "high"), []);
});
