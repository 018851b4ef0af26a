"use strict";
const fs = require("fs");
const path = require("path");

function check(dir = process.cwd()) {
  const pj = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const deps = { ...(pj.dependencies || {}), ...(pj.devDependencies || {}) };
  return Object.entries(deps).map(([name, range]) => ({ name, range, pinned: /^\d/.test(range) }));
}
module.exports = { check };
