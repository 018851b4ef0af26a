#!/usr/bin/env node
"use strict";
const fs = require("fs");
const [file, ...flags] = process.argv.slice(2);
if (!file) { console.error("usage: fmt.js <file.md> [--write|--check]"); process.exit(2); }
const src = fs.readFileSync(file, "utf8");
let out = src
  .replace(/^(#{1,6})([^#\s])/gm, "$1 $2")
  .replace(/^[*+] /gm, "- ")
  .replace(/\n{3,}/g, "\n\n")
  .replace(/[ \t]+$/gm, "");
if (!out.endsWith("\n")) out += "\n";
if (flags.includes("--check")) process.exit(out === src ? 0 : 1);
if (flags.includes("--write")) fs.writeFileSync(file, out); else process.stdout.write(out);
