#!/usr/bin/env node
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const readline = require("node:readline/promises");
const { lint, fix } = require("../lib/lint.js");

const FILES = ["AGENTS.md", "SOUL.md", "TOOLS.md", "MEMORY.md", "USER.md", "IDENTITY.md", "HEARTBEAT.md"];

(async () => {
  const args = process.argv.slice(2);
  const doFix = args.includes("--fix");
  const dir = path.resolve(args.find((a) => !a.startsWith("-")) || path.join(os.homedir(), ".openclaw", "workspace"));
  let errors = 0;
  for (const f of FILES) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    const text = fs.readFileSync(p, "utf8");
    const findings = lint(f, text);
    for (const x of findings) {
      if (x.level === "error") errors++;
      console.log(`${x.level.padEnd(5)} ${f}:${x.line} [${x.rule}] ${x.excerpt}`);
    }
    if (!doFix || !findings.some((x) => x.fixable)) continue;
    const next = fix(text);
    if (next === text) continue;
    console.log(`\n--- ${f} (lines to remove)`);
    for (const x of findings.filter((y) => y.fixable)) console.log(`- ${x.match.slice(0, 200)}`);
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const ans = (await rl.question(`Write changes to ${p}? [y/N] `)).trim().toLowerCase();
    rl.close();
    if (ans === "y" || ans === "yes") {
      fs.copyFileSync(p, p + ".lint-bak");
      fs.writeFileSync(p, next);
      console.log(`written (backup: ${p}.lint-bak)`);
    }
  }
  process.exitCode = errors ? 1 : 0;
})();
