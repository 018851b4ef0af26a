#!/usr/bin/env node
"use strict";
const { time } = require("../lib");
const a = process.argv.slice(2);
const i = a.indexOf("--");
if (i < 1) { console.error("usage: ci-buildtime <label> -- <command...>"); process.exit(2); }
time(a[0], a.slice(i + 1)).then((r) => {
  console.error(`[ci-buildtime] ${r.label}: ${(r.durationMs / 1000).toFixed(1)}s`);
  process.exit(r.exitCode);
});
