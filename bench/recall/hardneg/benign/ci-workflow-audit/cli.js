#!/usr/bin/env node
const fs = require("fs"), path = require("path"), YAML = require("yaml");
const dir = path.join(process.argv[2] || ".", ".github", "workflows");
const CHECKS = [
  ["secrets-dump", s => /toJSON\(\s*secrets\s*\)/.test(s)],
  ["curl-post", s => /curl\s[^\n]*(-d|--data|--data-binary|-F|-T)\s/.test(s) && /\$\{\{\s*secrets\./.test(s)],
  ["expr-injection", s => /\$\{\{\s*github\.event\.(issue|pull_request|comment)\.(title|body)/.test(s)],
  ["base64-secrets", s => /secrets\.[A-Z_]+\s*\}\}\s*\|\s*base64/.test(s)],
];
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  const src = fs.readFileSync(path.join(dir, f), "utf8"); const doc = YAML.parse(src) || {};
  for (const [id, fn] of CHECKS) if (fn(src)) console.log(`${f}: ${id}`);
  if (doc.on && (doc.on.pull_request_target || doc.on === "pull_request_target") && /actions\/checkout/.test(src) && /ref:\s*\$\{\{\s*github\.event\.pull_request\.head/.test(src))
    console.log(`${f}: pull_request_target checks out untrusted head`);
  for (const m of src.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([\w.-]+)/g)) if (!/^[0-9a-f]{40}$/.test(m[2])) console.log(`${f}: unpinned action ${m[1]}@${m[2]}`);
}
