#!/usr/bin/env node
"use strict";
const readline = require("readline");
const { formatLine } = require("./index");
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(`--${n}`); return i >= 0 ? args[i + 1] : d; };
const opts = { theme: opt("theme", "nord"), time: opt("time"), singleLine: args.includes("--single-line"),
  hide: (opt("hide", "pid,hostname") || "").split(",").filter(Boolean) };
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  try { process.stdout.write(formatLine(JSON.parse(line), opts) + "\n"); } catch { process.stdout.write(line + "\n"); }
});
