export const START = "<!-- agentsmd:rules:start -->";
export const END = "<!-- agentsmd:rules:end -->";

export function readRules(text) {
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  if (s === -1 || e === -1 || e < s) return [];
  return text
    .slice(s + START.length, e)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2));
}

export function writeRules(text, rules) {
  const body = [START, "## House rules (managed by /agents)", ...rules.map((r) => `- ${r}`), END].join("\n");
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  if (s === -1 || e === -1) {
    return (text.endsWith("\n") || text === "" ? text : text + "\n") + "\n" + body + "\n";
  }
  return text.slice(0, s) + body + text.slice(e + END.length);
}

export function unifiedDiff(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  const out = [];
  const setA = new Set(a);
  const setB = new Set(b);
  for (const l of a) if (!setB.has(l)) out.push(`- ${l}`);
  for (const l of b) if (!setA.has(l)) out.push(`+ ${l}`);
  return out.length ? out.join("\n") : "(no change)";
}
