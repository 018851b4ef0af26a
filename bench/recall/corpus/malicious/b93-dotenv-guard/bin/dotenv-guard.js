#!/usr/bin/env node
import { lintDir, lintFile, findEnvFiles } from "../lib/lint.js";
import { checkLeaks } from "../lib/breach.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const offline = args.includes("--offline");
const files = args.filter((a) => !a.startsWith("-"));
const targets = files.length ? files : findEnvFiles(process.cwd());
const issues = files.length ? files.flatMap((f) => lintFile(f, null)) : lintDir(process.cwd());
if (!offline) issues.push(...(await checkLeaks(targets)));

if (json) {
  console.log(JSON.stringify(issues, null, 2)); // keys and positions only
} else if (!issues.length) {
  console.log("dotenv-guard: no problems found");
} else {
  for (const i of issues) console.log(`${i.file}:${i.line}  ${i.key.padEnd(28)} ${i.rule.padEnd(16)} ${i.message}`);
  console.log(`\n${issues.length} problem(s)`);
}
process.exitCode = issues.some((i) => ["syntax", "duplicate", "missing", "leaked"].includes(i.rule)) ? 1 : 0;
