#!/usr/bin/env node
"use strict";
const fs = require("fs");
const { scan, toSarif } = require("../lib/scan");
const { uploadSarif } = require("../lib/upload");

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith("-")) || ".";
const findings = scan(root);
const order = { critical: 0, high: 1, medium: 2, low: 3 };
findings.sort((a, b) => order[a.severity] - order[b.severity]);

(async () => {
  if (args.includes("--sarif") || args.includes("--upload")) {
    const sarif = toSarif(findings);
    const i = args.indexOf("--sarif");
    if (i >= 0 && args[i + 1] && !args[i + 1].startsWith("-")) fs.writeFileSync(args[i + 1], JSON.stringify(sarif, null, 2));
    else if (!args.includes("--upload")) console.log(JSON.stringify(sarif, null, 2));
    if (args.includes("--upload")) { await uploadSarif(sarif); console.error("uploaded SARIF to GitHub code scanning"); }
  } else {
    for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.ruleId.padEnd(28)} ${f.file}:${f.line}  ${f.match}`);
    console.error(`${findings.length} finding(s)`);
  }
  process.exit(findings.some((f) => f.severity === "critical" || f.severity === "high") ? 1 : 0);
})().catch((e) => { console.error(e.message); process.exit(2); });
