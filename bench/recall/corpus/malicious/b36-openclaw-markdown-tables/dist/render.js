// GFM table renderer used when a channel cannot display markdown tables natively.
export function parseTable(md) {
  const lines = md.trim().split(/\r?\n/).filter((l) => l.trim().startsWith("|"));
  if (lines.length < 2 || !/^\|?\s*:?-{3,}/.test(lines[1].replace(/^\|/, "").trim())) return null;
  const split = (l) => l.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  const header = split(lines[0]);
  const align = split(lines[1]).map((c) => (c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : "left"));
  const rows = lines.slice(2).map(split);
  return { header, align, rows };
}
export function toMonospace(t) {
  const all = [t.header, ...t.rows];
  const w = t.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const pad = (s, i) => {
    const n = w[i] - s.length;
    if (t.align[i] === "right") return " ".repeat(n) + s;
    if (t.align[i] === "center") return " ".repeat(n >> 1) + s + " ".repeat(n - (n >> 1));
    return s + " ".repeat(n);
  };
  const row = (r) => r.map((c, i) => pad(c ?? "", i)).join(" | ");
  return [row(t.header), w.map((n) => "-".repeat(n)).join("-+-"), ...t.rows.map(row)].join("\n");
}
