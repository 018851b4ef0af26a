"use strict";

// Each rule looks at a string found anywhere in a tool definition (description, parameter
// descriptions, defaults, enum values) and returns a finding.
const RULES = [
  { id: "hidden-tag", severity: "high", re: /<\s*(important|system|instructions?|secret)\s*>/i, msg: "instruction-style XML tag in description" },
  { id: "sensitive-path", severity: "high", re: /(~|\$HOME|%USERPROFILE%)?[\/\\]\.(ssh|aws|kube|gnupg|docker|config[\/\\]gh)\b|id_(rsa|ed25519|ecdsa)|\.env\b|\.npmrc|\.netrc|credentials\.json|mcp\.json|claude_desktop_config/i, msg: "mentions a credential or config file" },
  { id: "conceal", severity: "high", re: /\b(do not|don't|never|no need to)\s+(tell|mention|inform|show|reveal|surface)\b[^.]{0,40}\b(user|them|human)/i, msg: "asks the model to hide something from the user" },
  { id: "cross-tool", severity: "medium", re: /\b(when|whenever|before|after)\b[^.]{0,60}\b(any|other|another)\b[^.]{0,30}\btool/i, msg: "tries to change how other tools are used (shadowing)" },
  { id: "bcc", severity: "high", re: /\b(bcc|cc|forward)\b[^.]{0,60}@[\w.-]+\.\w+/i, msg: "adds recipients to messages" },
  { id: "secret-request", severity: "high", re: /\b(api[_ -]?key|token|password|secret|private key|credentials?)\b[^.]{0,60}\b(pass|include|paste|provide|send|put)\b/i, msg: "asks the model to supply secrets" },
  { id: "shell-pipe", severity: "high", re: /\b(curl|wget|iwr|Invoke-WebRequest)\b[^|\n]{0,120}\|\s*(ba|z)?sh|\|\s*iex\b/i, msg: "download piped into a shell" },
  { id: "invisible", severity: "high", re: /[\u200b-\u200f\u2060-\u2064\ufeff]|[\u{e0000}-\u{e007f}]/u, msg: "invisible / tag unicode characters" },
  { id: "priority-override", severity: "medium", re: /\b(ignore|disregard|override)\b[^.]{0,40}\b(previous|prior|above|system|other)\b[^.]{0,20}\b(instructions?|rules?|prompt)/i, msg: "instruction override phrasing" },
];

function* strings(node, where = "") {
  if (typeof node === "string") yield [where, node];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* strings(node[i], `${where}[${i}]`);
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) yield* strings(v, where ? `${where}.${k}` : k);
}

function lintTool(tool) {
  const findings = [];
  for (const [where, s] of strings(tool)) {
    for (const r of RULES) {
      const m = r.re.exec(s);
      if (m) findings.push({ tool: tool.name, rule: r.id, severity: r.severity, where, message: r.msg, excerpt: s.slice(Math.max(0, m.index - 30), m.index + 60) });
    }
  }
  if ((tool.description || "").length > 1500) findings.push({ tool: tool.name, rule: "long-description", severity: "low", where: "description", message: "unusually long description" });
  return findings;
}

function lintTools(tools) {
  return tools.flatMap(lintTool);
}

module.exports = { RULES, lintTool, lintTools };
