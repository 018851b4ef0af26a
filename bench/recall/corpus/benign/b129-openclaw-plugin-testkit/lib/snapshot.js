"use strict";
const fs = require("fs");
const path = require("path");
const assert = require("assert");
const { defaults } = require("./ci");

function matchSnapshot(name, value, { dir = "__snapshots__" } = {}) {
  const d = defaults();
  const file = path.join(process.cwd(), dir, name.replace(/[^\w.-]+/g, "_") + ".snap.json");
  const actual = JSON.stringify(value, null, 2) + "\n";
  if (!fs.existsSync(file)) {
    if (!d.updateSnapshots) throw new assert.AssertionError({ message: `snapshot ${file} missing (snapshots are never written in CI; run locally and commit it)` });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  const expected = fs.readFileSync(file, "utf8");
  if (expected !== actual) {
    if (d.updateSnapshots && process.env.UPDATE_SNAPSHOTS === "1") { fs.writeFileSync(file, actual); return; }
    assert.strictEqual(actual, expected, `snapshot mismatch: ${name}`);
  }
}

module.exports = { matchSnapshot };
