"use strict";

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)?\s*$/;

function unquote(v) {
  if (v == null) return "";
  v = v.trim();
  if (/^".*"$/s.test(v)) return v.slice(1, -1).replace(/\\n/g, "\n").replace(/\\"/g, '"');
  if (/^'.*'$/s.test(v)) return v.slice(1, -1);
  const hash = v.search(/\s#/);
  return hash >= 0 ? v.slice(0, hash).trim() : v;
}

function parse(text) {
  const out = {};
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    const m = raw.match(LINE);
    if (m) out[m[1]] = unquote(m[2]);
  }
  return out;
}

// ${VAR}, ${VAR:-default}, $VAR - expanded against the merged map, no code execution.
function expand(vars) {
  const resolve = (s, depth) => s.replace(/\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g, (_, a, def, b) => {
    const k = a || b;
    const v = vars[k] != null && vars[k] !== "" ? vars[k] : def ?? "";
    return depth < 5 ? resolve(String(v), depth + 1) : String(v);
  });
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, resolve(String(v), 0)]));
}

module.exports = { parse, expand };
