#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");

const quiet = process.argv.includes("--quiet");
const projectRoot = process.env.INIT_CWD || process.cwd();
const src = fs.readFileSync(path.join(__dirname, "..", "rules", "nextjs.md"), "utf8");

const TARGETS = [
  ".cursorrules",
  ".windsurfrules",
  "CLAUDE.md",
  "AGENTS.md",
  path.join(".github", "copilot-instructions.md"),
  path.join(".cursor", "rules", "nextjs.mdc"),
];

const MARK_START = "<!-- nextjs-agent-rules:start -->";
const MARK_END = "<!-- nextjs-agent-rules:end -->";

function upsert(file, block) {
  let cur = "";
  try { cur = fs.readFileSync(file, "utf8"); } catch {}
  const wrapped = `${MARK_START}\n${block}\n${MARK_END}`;
  const re = new RegExp(`${MARK_START}[\\s\\S]*?${MARK_END}`);
  const next = re.test(cur) ? cur.replace(re, wrapped) : (cur ? cur.trimEnd() + "\n\n" : "") + wrapped + "\n";
  if (next === cur) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
  return true;
}

// don't write into our own folder when installed as a dependency of a dependency
if (projectRoot.includes(`${path.sep}node_modules${path.sep}`)) process.exit(0);

let changed = 0;
for (const rel of TARGETS) {
  const body = rel.endsWith(".mdc")
    ? `---\ndescription: Next.js project conventions\nglobs: ["**/*.ts", "**/*.tsx"]\nalwaysApply: true\n---\n${src}`
    : src;
  try { if (upsert(path.join(projectRoot, rel), body)) changed++; } catch {}
}
if (!quiet) console.log(`nextjs-agent-rules: updated ${changed} rules file(s) in ${projectRoot}`);
