"use strict";
const BUILTIN = [
  /\brm\s+-[a-z]*r[a-z]*f?\s+(\/|~|\$HOME)(\s|$)/i,
  /\bmkfs(\.\w+)?\b/,
  /\bdd\s+.*\bof=\/dev\/(sd|nvme|disk)/,
  /:\(\)\s*\{\s*:\|:&\s*\};:/,
  /\bchmod\s+-R\s+777\s+\//,
  /\bgit\s+push\s+.*--force(\s|$).*\b(main|master)\b/,
  /\bshutdown\b|\breboot\b/,
];

function check(cmd, extra = []) {
  const rules = BUILTIN.concat(extra.map((s) => new RegExp(s)));
  const hit = rules.find((r) => r.test(cmd));
  return hit ? `blocked by exec-guard rule ${hit}` : null;
}
module.exports = { check };
