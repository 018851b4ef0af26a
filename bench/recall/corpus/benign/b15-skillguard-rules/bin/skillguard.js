#!/usr/bin/env node
"use strict";
const { scan } = require("../lib/scan");
const dir = process.argv[2] || ".";
const hits = scan(dir);
for (const h of hits) console.log(`${h.severity.padEnd(8)} ${h.id}  ${h.file}:${h.line}  ${h.title}`);
console.log(`${hits.length} finding(s)`);
process.exitCode = hits.some((h) => h.severity === "critical") ? 2 : 0;
