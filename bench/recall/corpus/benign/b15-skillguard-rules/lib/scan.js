"use strict";
const fs = require("fs");
const path = require("path");

const RULES = [
  ...require("../rules/skills.json").rules.map((r) => ({ ...r, set: "skill" })),
  ...require("../rules/npm.json").rules.map((r) => ({ ...r, set: "npm" })),
].filter((r) => r.pattern).map((r) => ({ ...r, re: new RegExp(r.pattern, "gi"), nearRe: r.near ? new RegExp(r.near, "i") : null }));

const TEXT = /\.(md|txt|js|cjs|mjs|ts|json|sh|ps1|py|rb|go|gyp|ya?ml)$/i;

function* walk(dir, depth = 0) {
  if (depth > 8) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === ".git") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, depth + 1);
    else if (e.isFile() && TEXT.test(e.name) && fs.statSync(p).size < 2 << 20) yield p;
  }
}

function scanText(file, text) {
  const hits = [];
  for (const r of RULES) {
    if (r.file && path.basename(file) !== r.file) continue;
    r.re.lastIndex = 0;
    let m;
    while ((m = r.re.exec(text))) {
      if (r.nearRe) {
        const w = r.window || 300;
        if (!r.nearRe.test(text.slice(Math.max(0, m.index - w), m.index + w))) continue;
      }
      const line = text.slice(0, m.index).split("\n").length;
      hits.push({ file, line, id: r.id, severity: r.severity, title: r.title });
      break;
    }
  }
  return hits;
}

function scan(dir) {
  const out = [];
  for (const f of walk(dir)) out.push(...scanText(f, fs.readFileSync(f, "utf8")));
  return out;
}

module.exports = { scan, scanText, RULES };
