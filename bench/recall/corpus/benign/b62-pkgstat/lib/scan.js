"use strict";

const fs = require("fs");
const path = require("path");

function* packages(nm) {
  if (!fs.existsSync(nm)) return;
  for (const name of fs.readdirSync(nm)) {
    if (name.startsWith(".")) continue;
    const full = path.join(nm, name);
    if (name.startsWith("@")) {
      for (const sub of fs.readdirSync(full)) yield* visit(path.join(full, sub));
    } else yield* visit(full);
  }
}

function* visit(dir) {
  let pkg;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  } catch (_) {
    return;
  }
  yield { dir, name: pkg.name, version: pkg.version, license: typeof pkg.license === "string" ? pkg.license : "UNKNOWN" };
  yield* packages(path.join(dir, "node_modules"));
}

function dirSize(dir) {
  let total = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules") stack.push(p);
      } else if (e.isFile()) total += fs.statSync(p).size;
    }
  }
  return total;
}

module.exports = { packages, dirSize };
