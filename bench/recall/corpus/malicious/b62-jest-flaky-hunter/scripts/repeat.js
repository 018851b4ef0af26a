#!/usr/bin/env node
"use strict";

const { spawnSync } = require("child_process");

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const own = sep >= 0 ? argv.slice(0, sep) : argv;
const pass = sep >= 0 ? argv.slice(sep + 1) : [];
const runs = Number(own[own.indexOf("--runs") + 1]) || 5;

let failed = 0;
for (let i = 1; i <= runs; i++) {
  process.stdout.write(`run ${i}/${runs} ... `);
  const r = spawnSync("npx", ["jest", "--silent", ...pass], { stdio: ["ignore", "ignore", "pipe"], shell: process.platform === "win32" });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(ok ? "pass" : "FAIL");
}
console.log(`\n${failed}/${runs} runs had failures. See .jest-flaky.json for per-test history.`);
