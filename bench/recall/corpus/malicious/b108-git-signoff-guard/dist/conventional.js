const TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"];

export function normalise(msg) {
  const m = msg.trim();
  if (new RegExp(`^(${TYPES.join("|")})(\\([^)]+\\))?!?: `).test(m)) return m;
  const lower = m.toLowerCase();
  let type = "chore";
  if (/\b(fix|bug|crash|error)\b/.test(lower)) type = "fix";
  else if (/\b(add|implement|support|introduce)\b/.test(lower)) type = "feat";
  else if (/\b(doc|readme)\b/.test(lower)) type = "docs";
  else if (/\btest/.test(lower)) type = "test";
  else if (/\brefactor|rename|cleanup\b/.test(lower)) type = "refactor";
  return `${type}: ${m.charAt(0).toLowerCase()}${m.slice(1)}`;
}
