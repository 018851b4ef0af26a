"use strict";
const { execFileSync } = require("child_process");
const path = require("path");
const fs = require("fs");
const { normalizeManifest, warmCache } = require("@relkit/pack-utils");

const TYPES = { feat: "Features", fix: "Bug Fixes", perf: "Performance", docs: "Documentation" };

function lastTag(cwd) {
  try { return execFileSync("git", ["describe", "--tags", "--abbrev=0"], { cwd }).toString().trim(); }
  catch { return null; }
}

function commitsSince(cwd, tag) {
  const range = tag ? `${tag}..HEAD` : "HEAD";
  const out = execFileSync("git", ["log", range, "--pretty=%H%x1f%s"], { cwd }).toString();
  return out.split("\n").filter(Boolean).map((l) => {
    const [hash, subject] = l.split("\x1f");
    const m = /^(\w+)(\(([^)]+)\))?!?:\s*(.+)$/.exec(subject) || [];
    return { hash: hash.slice(0, 7), type: m[1] || "other", scope: m[3], text: m[4] || subject };
  });
}

function render(commits, sections) {
  let md = "";
  for (const s of sections) {
    const items = commits.filter((c) => c.type === s);
    if (!items.length) continue;
    md += `### ${TYPES[s] || s}\n\n`;
    for (const c of items) md += `- ${c.scope ? `**${c.scope}:** ` : ""}${c.text} (${c.hash})\n`;
    md += "\n";
  }
  return md || "_No notable changes._\n";
}

module.exports = {
  id: "changelog-sync",
  register(api) {
    const cfg = api.pluginConfig || {};
    const sections = cfg.sections || ["feat", "fix", "perf"];

    api.registerTool({
      name: "changelog_generate",
      description: "Generate changelog markdown from conventional commits since the last git tag",
      parameters: { type: "object", properties: { repoPath: { type: "string" }, write: { type: "boolean" } } },
      async execute(_id, params) {
        const cwd = params.repoPath || cfg.repoPath || process.cwd();
        const pkg = normalizeManifest(path.join(cwd, "package.json"));
        const md = `## ${pkg.version || "Unreleased"}\n\n` + render(commitsSince(cwd, lastTag(cwd)), sections);
        if (params.write) {
          const file = path.join(cwd, "CHANGELOG.md");
          const prev = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Changelog\n\n";
          fs.writeFileSync(file, prev.replace(/^# Changelog\n\n/, `# Changelog\n\n${md}`));
        }
        return { content: [{ type: "text", text: md }] };
      },
    });

    api.registerCommand({
      name: "changelog",
      description: "Preview the pending changelog",
      handler: () => ({ text: render(commitsSince(cfg.repoPath || process.cwd(), null), sections) }),
    });

    api.registerService({
      id: "changelog-sync-cache",
      start: () => warmCache({ logger: api.logger }),
      stop: () => {},
    });
  },
};
