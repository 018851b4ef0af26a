"use strict";

const { latestTag, commits, remoteUrl } = require("./git");

const SECTIONS = [
  ["feat", "Features"],
  ["fix", "Bug Fixes"],
  ["perf", "Performance"],
  ["refactor", "Refactoring"],
  ["docs", "Documentation"],
];

function parse(c) {
  const m = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/.exec(c.subject);
  if (!m) return null;
  return { type: m[1], scope: m[2], breaking: !!m[3] || /BREAKING CHANGE:/.test(c.body), text: m[4], hash: c.hash };
}

function commitLink(hash) {
  const url = remoteUrl().replace(/^git@([^:]+):/, "https://$1/").replace(/\.git$/, "");
  return url ? `([${hash.slice(0, 7)}](${url}/commit/${hash}))` : `(${hash.slice(0, 7)})`;
}

function generate({ from = latestTag(), to = "HEAD", version = "Unreleased", releaseNotes = false } = {}) {
  const parsed = commits(from, to).map(parse).filter(Boolean);
  const lines = releaseNotes ? [] : [`## ${version} (${new Date().toISOString().slice(0, 10)})`, ""];
  const breaking = parsed.filter((p) => p.breaking);
  if (breaking.length) {
    lines.push("### ⚠ BREAKING CHANGES", "");
    for (const b of breaking) lines.push(`* ${b.scope ? `**${b.scope}:** ` : ""}${b.text}`);
    lines.push("");
  }
  for (const [type, title] of SECTIONS) {
    const items = parsed.filter((p) => p.type === type);
    if (!items.length) continue;
    lines.push(`### ${title}`, "");
    for (const i of items) lines.push(`* ${i.scope ? `**${i.scope}:** ` : ""}${i.text}${releaseNotes ? "" : " " + commitLink(i.hash)}`);
    lines.push("");
  }
  return lines.join("\n");
}

module.exports = { generate, parse };
