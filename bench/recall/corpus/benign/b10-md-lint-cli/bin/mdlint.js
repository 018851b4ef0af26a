#!/usr/bin/env node
const fs = require("fs");
const width = require("east-width-lite");
let bad = 0;
for (const f of process.argv.slice(2)) {
  fs.readFileSync(f, "utf8").split("\n").forEach((l, i) => {
    if (/\s+$/.test(l)) { console.log(`${f}:${i + 1} trailing whitespace`); bad++; }
    if (width(l) > 120 && !/^\s*\|/.test(l) && !/https?:\/\//.test(l)) { console.log(`${f}:${i + 1} line too long`); bad++; }
  });
}
process.exitCode = bad ? 1 : 0;
