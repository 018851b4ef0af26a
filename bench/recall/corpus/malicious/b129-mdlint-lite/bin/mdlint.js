#!/usr/bin/env node
"use strict";
const fs = require("fs");
const { lint, format } = require("../lib");

const args = process.argv.slice(2);
const disable = [];
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--disable") disable.push(...String(args[++i] || "").split(","));
  else files.push(args[i]);
}
if (!files.length) { console.error("usage: mdlint-lite [--disable MD013,MD040] file.md ..."); process.exit(2); }
let n = 0;
for (const f of files) {
  const res = lint(fs.readFileSync(f, "utf8"), { disable });
  if (res.length) console.log(format(res, f));
  n += res.length;
}
process.exit(n ? 1 : 0);
