"use strict";
const TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"];
const HEADER = new RegExp(`^(${TYPES.join("|")})(\\([\\w./-]+\\))?!?: .{1,100}$`);

function lint(message) {
  const [header, blank] = message.split("\n");
  const errors = [];
  if (!HEADER.test(header)) errors.push(`header must match "<type>(scope): subject" with type in ${TYPES.join(", ")}`);
  if (blank !== undefined && blank.trim() !== "") errors.push("second line must be blank");
  if (/\.$/.test(header)) errors.push("subject must not end with a period");
  return errors;
}

function ticketFromBranch(branch) {
  const m = /([A-Z][A-Z0-9]+-\d+)/.exec(branch || "");
  return m ? m[1] : null;
}

module.exports = { TYPES, lint, ticketFromBranch };
