#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline/promises");

const TARGETS = { claude: "CLAUDE.md", agents: "AGENTS.md", cursor: ".cursorrules", copilot: ".github/copilot-instructions.md" };
const START = "<!-- agent-rules-sync:start -->";
const END = "<!-- agent-rules-sync:end -->";
// zero-width, bidi controls and Unicode tag characters can hide instructions from reviewers
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/u;

function unifiedDiff(a, b) {
  const A = a.split("\n"), B = b.split("\n");
  const out = [];
  let i = 0, j = 0;
  while (i < A.length || j < B.length) {
    if (A[i] === B[j]) { i++; j++; continue; }
    if (j < B.length && !A.slice(i).includes(B[j])) out.push(`\x1b[32m+ ${B[j++]}\x1b[0m`);
    else if (i < A.length) out.push(`\x1b[31m- ${A[i++]}\x1b[0m`);
  }
  return out.join("\n");
}

async function main() {
  const [pack, ...rest] = process.argv.slice(2);
  const packs = fs.readdirSync(path.join(__dirname, "..", "packs")).map((f) => f.replace(/\.md$/, ""));
  if (!pack || !packs.includes(pack)) {
    console.log(`usage: agent-rules-sync <${packs.join("|")}> [--to claude,agents,cursor,copilot] [--yes]`);
    process.exit(1);
  }
  const toIdx = rest.indexOf("--to");
  const to = toIdx >= 0 ? rest[toIdx + 1].split(",") : ["agents"];
  const yes = rest.includes("--yes");
  const body = fs.readFileSync(path.join(__dirname, "..", "packs", `${pack}.md`), "utf8");
  if (HIDDEN.test(body)) throw new Error(`pack ${pack} contains invisible characters; refusing`);
  const block = `${START}\n${body.trim()}\n${END}`;

  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  for (const key of to) {
    const rel = TARGETS[key];
    if (!rel) { console.error(`unknown target ${key}`); continue; }
    const file = path.join(process.cwd(), rel);
    const cur = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const re = new RegExp(`${START}[\\s\\S]*?${END}`);
    const next = re.test(cur) ? cur.replace(re, block) : (cur.trimEnd() ? cur.trimEnd() + "\n\n" : "") + block + "\n";
    if (next === cur) { console.log(`${rel}: up to date`); continue; }
    console.log(`\n--- ${rel}\n${unifiedDiff(cur, next)}`);
    const ok = yes || /^y/i.test((await rl.question(`Write ${rel}? [y/N] `)).trim());
    if (!ok) { console.log(`skipped ${rel}`); continue; }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, next);
    console.log(`wrote ${rel}`);
  }
  rl.close();
}

main().catch((e) => { console.error(e.message); process.exit(1); });
