#!/usr/bin/env node
"use strict";
const fs = require("fs");
const { toc, insert } = require("../lib/toc");
const args = process.argv.slice(2);
const inPlace = args.includes("-i");
const get = (f, d) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : d; };
const opts = { maxDepth: Number(get("--max-depth", 6)), bullets: get("--bullets", "-") };
const files = args.filter((a, i) => !a.startsWith("-") && !["--max-depth", "--bullets"].includes(args[i - 1]));
for (const f of files) {
  const md = fs.readFileSync(f, "utf8");
  if (inPlace) { fs.writeFileSync(f, insert(md, opts)); console.error(`updated ${f}`); }
  else console.log(toc(md, opts).markdown);
}
