#!/usr/bin/env node
const { scanDir } = require("../src/index");
const f = scanDir(process.argv[2] || ".");
for (const x of f) console.log(`${x.sev.padEnd(8)} ${x.id} ${x.file}:${x.line} ${x.title}`);
process.exitCode = f.some(x => x.sev === "critical") ? 2 : 0;
