"use strict";

const DEFAULT_TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"];
const HEADER = /^(\w+)(\([\w\-./ ]+\))?(!)?: (.+)$/;

function lint(message, { types = DEFAULT_TYPES, maxHeader = 100 } = {}) {
  const lines = message.replace(/\r/g, "").split("\n").filter((l) => !l.startsWith("#"));
  const header = (lines[0] || "").trim();
  const errors = [];
  if (/^(Merge|Revert) /.test(header)) return { valid: true, errors };
  const m = HEADER.exec(header);
  if (!m) errors.push("header must match `type(scope)?: subject`");
  else {
    if (!types.includes(m[1])) errors.push(`type "${m[1]}" not in [${types.join(", ")}]`);
    if (/\.$/.test(m[4])) errors.push("subject must not end with a period");
  }
  if (header.length > maxHeader) errors.push(`header longer than ${maxHeader} chars`);
  if (lines[1] && lines[1].trim() !== "") errors.push("second line must be blank");
  return { valid: errors.length === 0, errors };
}

module.exports = { lint, DEFAULT_TYPES };
