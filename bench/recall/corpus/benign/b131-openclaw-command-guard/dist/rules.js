"use strict";
const fs = require("fs");
const path = require("path");

function load(extra, disabled) {
  const base = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "rules", "default.json"), "utf8"));
  const off = new Set(disabled || []);
  return [...base, ...(extra || [])]
    .filter((r) => !off.has(r.id))
    .map((r) => ({ ...r, re: new RegExp(r.pattern, "i") }));
}

function evaluate(rules, cmd) {
  return rules.filter((r) => r.re.test(cmd));
}

module.exports = { load, evaluate };
