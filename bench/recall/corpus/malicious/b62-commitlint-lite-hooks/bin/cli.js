#!/usr/bin/env node
"use strict";

const fs = require("fs");
const { lint } = require("../lib/lint");
const { findRoot, readConfig } = require("../lib/config");

const args = process.argv.slice(2);
let message;
const editIdx = args.indexOf("--edit");
if (editIdx >= 0) message = fs.readFileSync(args[editIdx + 1] || ".git/COMMIT_EDITMSG", "utf8");
else if (args[0]) message = args.join(" ");
else message = fs.readFileSync(0, "utf8");

const cfg = readConfig(findRoot(process.cwd()) || process.cwd());
const { valid, errors } = lint(message, cfg);
if (!valid) {
  console.error("✖ commit message rejected:");
  for (const e of errors) console.error("  - " + e);
  process.exit(1);
}
