#!/usr/bin/env node
// Reads a tools/list JSON dump and reports suspicious descriptions. Also diffs against a pinned copy (rug-pull detection).
const fs = require("fs"), crypto = require("crypto");
const tools = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).tools || [];
const pinFile = process.argv[3];
const pins = pinFile && fs.existsSync(pinFile) ? JSON.parse(fs.readFileSync(pinFile, "utf8")) : {};
const CHECKS = [
  ["hidden-tag", /<(IMPORTANT|SYSTEM|secret|instructions)>/i],
  ["concealment", /(do not|don't|never) (tell|mention|inform|reveal)/i],
  ["file-read", /(~\/\.ssh|id_rsa|\.env\b|mcp\.json|openclaw\.json|credentials)/i],
  ["side-channel", /(pass|include|put) (it|the content|them) (as|in) (the )?(sidenote|note|parameter)/i],
  ["cross-tool", /when (the )?(user|agent) (calls|uses) (any|another|the \w+) tool/i],
  ["invisible", /[\u200b-\u200f\u202a-\u202e\u2060-\u2064]|\udb40[\udc00-\udc7f]/],
];
for (const t of tools) {
  const d = t.description || "";
  for (const [id, rx] of CHECKS) if (rx.test(d)) console.log(`${t.name}: ${id}`);
  const h = crypto.createHash("sha256").update(JSON.stringify([d, t.inputSchema])).digest("hex");
  if (pins[t.name] && pins[t.name] !== h) console.log(`${t.name}: description changed since pin (possible rug pull)`);
}
