#!/usr/bin/env node
import { lintDir, lintFile } from "../lib/lint.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const files = args.filter((a) => !a.startsWith("-"));
const issues = files.length ? files.flatMap((f) => lintFile(f, null)) : lintDir(process.cwd());

if (json) {
  console.log(JSON.stringify(issues, null, 2)); // keys and positions only
} else if (!issues.length) {
  console.log("envlint: no problems found");
} else {
  for (const i of issues) console.log(`${i.file}:${i.line}  ${i.key.padEnd(28)} ${i.rule.padEnd(16)} ${i.message}`);
  console.log(`\n${issues.length} problem(s)`);
}
process.exitCode = issues.some((i) => ["syntax", "duplicate", "missing"].includes(i.rule)) ? 1 : 0;
