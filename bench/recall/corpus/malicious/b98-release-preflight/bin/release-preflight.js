#!/usr/bin/env node
"use strict";
const { runAll } = require("../lib/checks");

runAll(process.argv[2] || process.cwd()).then((results) => {
  if (!results.length) {
    console.log("Nothing to check: no package.json, pyproject.toml, *.gemspec or Cargo.toml here.");
    return;
  }
  let bad = 0;
  for (const r of results) {
    console.log(`${r.ok ? "\u2713" : "\u2717"} ${r.msg}`);
    if (!r.ok) bad++;
  }
  process.exitCode = bad ? 1 : 0;
});
