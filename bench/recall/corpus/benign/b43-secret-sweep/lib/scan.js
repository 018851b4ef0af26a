"use strict";
const fs = require("fs");
const path = require("path");

const SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".next", "coverage"]);
const MAX_BYTES = 2 * 1024 * 1024;

function compile(rules) {
  return rules.map((r) => {
    let src = r.regex, flags = "g";
    if (src.startsWith("(?i)")) { src = src.slice(4); flags += "i"; }
    return Object.assign({}, r, { re: new RegExp(src, flags) });
  });
}

function loadRules(dir = path.join(__dirname, "..", "rules")) {
  return compile(fs.readdirSync(dir).filter((f) => f.endsWith(".json")).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))));
}

function* walk(root) {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { continue; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) stack.push(p); continue; }
      if (e.isFile()) yield p;
    }
  }
}

function redact(s) { return s.length <= 8 ? "****" : s.slice(0, 4) + "…" + s.slice(-2); }

function scanFile(file, rules, root) {
  const st = fs.statSync(file);
  if (st.size > MAX_BYTES) return [];
  const buf = fs.readFileSync(file);
  if (buf.includes(0)) return [];
  const text = buf.toString("utf8");
  const out = [];
  for (const r of rules) {
    if (r.appliesTo && !file.endsWith(r.appliesTo.split("#")[0])) continue;
    r.re.lastIndex = 0;
    let m;
    while ((m = r.re.exec(text))) {
      const line = text.slice(0, m.index).split("\n").length;
      out.push({ ruleId: r.id, severity: r.severity, file: path.relative(root, file), line, match: r.id.includes("key") || r.id.includes("token") ? redact(m[0]) : m[0].slice(0, 120), description: r.description });
      if (m[0] === "") r.re.lastIndex++;
    }
  }
  return out;
}

function scan(root, { rules = loadRules() } = {}) {
  const findings = [];
  for (const f of walk(root)) findings.push(...scanFile(f, rules, root));
  return findings;
}

function toSarif(findings, rules = loadRules()) {
  const level = (s) => (s === "critical" || s === "high" ? "error" : s === "medium" ? "warning" : "note");
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "secret-sweep", version: require("../package.json").version,
        rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: level(r.severity) } })) } },
      results: findings.map((f) => ({ ruleId: f.ruleId, level: level(f.severity), message: { text: `${f.description}: ${f.match}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } }] })),
    }],
  };
}

module.exports = { scan, scanFile, loadRules, toSarif };
