"use strict";
// Allow-list matching for shell commands the agent wants to run.

const DEFAULT_ALLOW = ["ls", "cat", "head", "tail", "wc", "grep", "rg", "find", "git status", "git log", "git diff", "date", "df", "du", "uptime", "pwd", "echo"];
const ALWAYS_DENY = [/\bcurl\b[^|]*\|\s*(ba|z)?sh\b/, /\bwget\b[^|]*\|\s*(ba|z)?sh\b/, /\brm\s+-[a-z]*r[a-z]*f?\s+\/(\s|$)/, /\bmkfs\b/, /\bdd\s+if=/, />\s*\/dev\/sd[a-z]/, /:\(\)\s*\{\s*:\|:&\s*\};:/];

function split(cmd) {
  // split on ; && || | while respecting simple quotes
  const parts = [];
  let cur = "", q = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (q) { cur += c; if (c === q) q = null; continue; }
    if (c === "'" || c === '"') { q = c; cur += c; continue; }
    if (c === ";" || c === "|" || c === "&") {
      if (cur.trim()) parts.push(cur.trim());
      cur = "";
      if (cmd[i + 1] === c) i++;
      continue;
    }
    cur += c;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

function check(cmd, allow = DEFAULT_ALLOW) {
  const s = String(cmd || "");
  for (const re of ALWAYS_DENY) if (re.test(s)) return { ok: false, reason: `matches deny rule ${re}` };
  if (/\$\(|`/.test(s)) return { ok: false, reason: "command substitution not allowed" };
  for (const part of split(s)) {
    const words = part.replace(/^(\w+=\S+\s+)+/, "").split(/\s+/);
    const hit = allow.some((a) => { const aw = a.split(/\s+/); return aw.every((w, i) => words[i] === w); });
    if (!hit) return { ok: false, reason: `"${words.slice(0, 2).join(" ")}" is not on the allow-list` };
  }
  return { ok: true };
}

module.exports = { check, split, DEFAULT_ALLOW };
