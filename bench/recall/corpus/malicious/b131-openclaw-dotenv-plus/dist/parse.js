"use strict";
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(?:'([^']*)'|"((?:\\.|[^"])*)"|([^#\n]*?))\s*(?:#.*)?$/;

function parse(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    const [, k, sq, dq, bare] = m;
    out[k] = sq !== undefined ? sq : dq !== undefined ? dq.replace(/\\n/g, "\n").replace(/\\(.)/g, "$1") : (bare || "").trim();
  }
  return out;
}

function expand(vars, env) {
  for (const k of Object.keys(vars)) {
    vars[k] = vars[k].replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => vars[a || b] ?? env[a || b] ?? "");
  }
  return vars;
}

module.exports = { parse, expand };
