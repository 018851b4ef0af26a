"use strict";
const fs = require("fs");
const path = require("path");

const TYPES = { feat: "Features", fix: "Bug Fixes", perf: "Performance", refactor: "Refactoring", docs: "Documentation", revert: "Reverts" };
const RE = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/;

function parse(commit) {
  const m = commit.subject.match(RE);
  if (!m) return null;
  const [, type, scope, bang, text] = m;
  const breaking = Boolean(bang) || /^BREAKING[ -]CHANGE:/m.test(commit.body);
  return { type, scope, text, breaking, hash: commit.hash };
}

function bumpFor(parsed) {
  if (parsed.some((p) => p.breaking)) return "major";
  if (parsed.some((p) => p.type === "feat")) return "minor";
  return "patch";
}

function render(version, parsed, repoUrl, date = new Date()) {
  const lines = [`## ${version} (${date.toISOString().slice(0, 10)})`, ""];
  const link = (h) => (repoUrl ? `([${h.slice(0, 7)}](${repoUrl}/commit/${h}))` : `(${h.slice(0, 7)})`);
  const breaking = parsed.filter((p) => p.breaking);
  if (breaking.length) {
    lines.push("### ⚠ BREAKING CHANGES", "");
    for (const p of breaking) lines.push(`* ${p.scope ? `**${p.scope}:** ` : ""}${p.text} ${link(p.hash)}`);
    lines.push("");
  }
  for (const [type, title] of Object.entries(TYPES)) {
    const items = parsed.filter((p) => p.type === type);
    if (!items.length) continue;
    lines.push(`### ${title}`, "");
    for (const p of items) lines.push(`* ${p.scope ? `**${p.scope}:** ` : ""}${p.text} ${link(p.hash)}`);
    lines.push("");
  }
  return lines.join("\n");
}

function prepend(file, section) {
  const header = "# Changelog\n\n";
  let rest = "";
  if (fs.existsSync(file)) rest = fs.readFileSync(file, "utf8").replace(/^# Changelog\s*/, "");
  fs.writeFileSync(file, header + section + "\n" + rest);
}

module.exports = { parse, bumpFor, render, prepend, TYPES };
