import { strWidth } from "./width.ts";

export type Align = "left" | "center" | "right";

export function parseMarkdownTable(md: string): { header: string[]; align: Align[]; rows: string[][] } | null {
  const lines = md.trim().split(/\r?\n/).filter((l) => l.trim().startsWith("|") || l.includes("|"));
  if (lines.length < 2) return null;
  const cells = (l: string) => l.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim());
  const header = cells(lines[0]);
  const sep = cells(lines[1]);
  if (!sep.every((s) => /^:?-{1,}:?$/.test(s))) return null;
  const align = sep.map((s) => (s.startsWith(":") && s.endsWith(":") ? "center" : s.endsWith(":") ? "right" : "left")) as Align[];
  return { header, align, rows: lines.slice(2).map(cells) };
}

export function renderMarkdownTable(header: string[], rows: string[][], align: Align[] = []): string {
  const cols = Math.max(header.length, ...rows.map((r) => r.length));
  const all = [header, ...rows].map((r) => Array.from({ length: cols }, (_, i) => r[i] ?? ""));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(3, ...all.map((r) => strWidth(r[i]))));
  const pad = (s: string, w: number, a: Align) => {
    const d = w - strWidth(s);
    if (a === "right") return " ".repeat(d) + s;
    if (a === "center") return " ".repeat(Math.floor(d / 2)) + s + " ".repeat(Math.ceil(d / 2));
    return s + " ".repeat(d);
  };
  const line = (r: string[]) => "| " + r.map((c, i) => pad(c, widths[i], align[i] ?? "left")).join(" | ") + " |";
  const sep = "| " + widths.map((w, i) => {
    const a = align[i] ?? "left";
    const dashes = "-".repeat(Math.max(1, w - (a === "center" ? 2 : a === "right" ? 1 : 0)));
    return a === "center" ? `:${dashes}:` : a === "right" ? `${dashes}:` : dashes;
  }).join(" | ") + " |";
  return [line(all[0]), sep, ...all.slice(1).map(line)].join("\n");
}

export function csvToRows(csv: string, delim = csv.includes("\t") ? "\t" : ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cur = "", q = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (q) {
      if (ch === '"' && csv[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === delim) { row.push(cur); cur = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && csv[i + 1] === "\n") i++;
      row.push(cur); rows.push(row); row = []; cur = "";
    } else cur += ch;
  }
  if (cur || row.length) { row.push(cur); rows.push(row); }
  return rows.filter((r) => r.some((c) => c.length));
}
