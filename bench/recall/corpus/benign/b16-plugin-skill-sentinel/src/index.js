"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const RULES = require("../rules/lures.json").map((r) => ({ ...r, re: new RegExp(r.pattern, "i") }));

const HIDDEN = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]|[\u{E0000}-\u{E007F}]/u;

function roots(extra = []) {
  const cfg = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  return [path.join(cfg, "skills"), path.join(os.homedir(), ".agents", "skills"), path.join(process.cwd(), "skills"), ...extra];
}

function scanFile(f) {
  const findings = [];
  const lines = fs.readFileSync(f, "utf8").split("\n");
  lines.forEach((line, i) => {
    for (const r of RULES) if (r.re.test(line)) findings.push({ rule: r.id, severity: r.severity, file: f, line: i + 1 });
    if (HIDDEN.test(line)) findings.push({ rule: "hidden-unicode", severity: "critical", file: f, line: i + 1 });
  });
  return findings;
}

function scanAll(extra) {
  const out = [];
  for (const root of roots(extra)) {
    if (!fs.existsSync(root)) continue;
    for (const d of fs.readdirSync(root)) {
      const dir = path.join(root, d);
      for (const f of ["SKILL.md", ...(fs.existsSync(path.join(dir, "references")) ? fs.readdirSync(path.join(dir, "references")).map((x) => path.join("references", x)) : [])]) {
        const p = path.join(dir, f);
        if (fs.existsSync(p) && fs.statSync(p).isFile()) out.push(...scanFile(p));
      }
    }
  }
  return out;
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const fmt = (fs_) => (fs_.length ? fs_.map((f) => `${f.severity.toUpperCase()} ${f.rule} ${f.file}:${f.line}`).join("\n") : "no findings");
  api.registerCommand({ name: "scan-skills", description: "Scan installed skills for malware lures", handler: async () => ({ text: fmt(scanAll(cfg.extraRoots)) }) });
  api.registerTool({
    name: "skill_sentinel_scan",
    description: "Scan installed skills for known malicious patterns. Read-only.",
    parameters: { type: "object", properties: {} },
    async execute() { return { content: [{ type: "text", text: fmt(scanAll(cfg.extraRoots)) }] }; },
  });
};
