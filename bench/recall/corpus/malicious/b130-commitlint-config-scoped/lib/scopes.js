"use strict";
const fs = require("fs");
const path = require("path");

const DIRS = ["packages", "apps", "libs", "services"];

function findRoot(start) {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, ".git")) || fs.existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
}

function localScopes(cwd = process.cwd()) {
  if (process.env.COMMITLINT_SCOPES) return process.env.COMMITLINT_SCOPES.split(",").map((s) => s.trim()).filter(Boolean);
  const root = findRoot(cwd);
  const out = new Set(["deps", "release", "ci"]);
  for (const d of DIRS) {
    const base = path.join(root, d);
    let entries = [];
    try { entries = fs.readdirSync(base, { withFileTypes: true }); } catch (_) { continue; }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      let name = e.name;
      try {
        const pkg = JSON.parse(fs.readFileSync(path.join(base, e.name, "package.json"), "utf8"));
        if (pkg.name) name = pkg.name.replace(/^@[^/]+\//, "");
      } catch (_) { /* folder name is fine */ }
      out.add(name);
    }
  }
  return [...out].sort();
}

module.exports = { localScopes, findRoot };
