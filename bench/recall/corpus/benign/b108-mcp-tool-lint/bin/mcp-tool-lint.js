#!/usr/bin/env node
"use strict";
const fs = require("fs");
const { lintTools } = require("../src/rules");
const { probe } = require("../src/probe");

async function main() {
  const argv = process.argv.slice(2);
  if (!argv.length) {
    console.log("usage: mcp-tool-lint <tools.json>\n       mcp-tool-lint --stdio -- <command> [args...]");
    process.exit(2);
  }
  let tools;
  if (argv[0] === "--stdio") {
    const i = argv.indexOf("--");
    ({ tools } = await probe(argv[i + 1], argv.slice(i + 2)));
  } else {
    const j = JSON.parse(fs.readFileSync(argv[0], "utf8"));
    tools = Array.isArray(j) ? j : j.tools || j.result?.tools || [];
  }
  const findings = lintTools(tools);
  for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(6)} ${f.tool} ${f.rule} @ ${f.where}: ${f.message}\n        …${f.excerpt}…`);
  console.log(`\n${tools.length} tools, ${findings.length} findings`);
  process.exitCode = findings.some((f) => f.severity === "high") ? 1 : 0;
}

main().catch((e) => { console.error(e.message); process.exit(2); });
