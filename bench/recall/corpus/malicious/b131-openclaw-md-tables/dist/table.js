"use strict";
const width = require("string-width-lite");

function parseMarkdown(md) {
  const lines = md.trim().split("\n").filter((l) => l.trim().startsWith("|"));
  const rows = lines.map((l) => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim()));
  const sepIdx = rows.findIndex((r) => r.every((c) => /^:?-{1,}:?$/.test(c)));
  const aligns = sepIdx >= 0 ? rows[sepIdx].map((c) => (c.startsWith(":") && c.endsWith(":") ? "c" : c.endsWith(":") ? "r" : "l")) : [];
  if (sepIdx >= 0) rows.splice(sepIdx, 1);
  return { header: rows[0] || [], body: rows.slice(1), aligns };
}

function parseDelimited(text, sep) {
  const rows = text.trim().split(/\r?\n/).map((l) => l.split(sep).map((c) => c.trim()));
  return { header: rows[0] || [], body: rows.slice(1), aligns: [] };
}

function pad(s, w, a) {
  const d = w - width(s);
  if (d <= 0) return s;
  if (a === "r") return " ".repeat(d) + s;
  if (a === "c") return " ".repeat(d >> 1) + s + " ".repeat(d - (d >> 1));
  return s + " ".repeat(d);
}

function render(t, opts = {}) {
  const cols = Math.max(t.header.length, ...t.body.map((r) => r.length));
  const all = [t.header, ...t.body].map((r) => Array.from({ length: cols }, (_, i) => r[i] || ""));
  const aligns = Array.from({ length: cols }, (_, i) => {
    if (t.aligns[i]) return t.aligns[i];
    if (opts.alignNumbersRight !== false && t.body.length && t.body.every((r) => r[i] === undefined || r[i] === "" || !isNaN(Number(r[i].replace(/[,$%]/g, ""))))) return "r";
    return "l";
  });
  const widths = aligns.map((_, i) => Math.max(3, ...all.map((r) => width(r[i]))));
  const p = " ".repeat(opts.padding ?? 1);
  const line = (r) => "|" + r.map((c, i) => p + pad(c, widths[i], aligns[i]) + p).join("|") + "|";
  const sep = "|" + widths.map((w, i) => {
    const dash = "-".repeat(w + 2 * p.length - (aligns[i] === "c" ? 2 : aligns[i] === "r" ? 1 : 0));
    return aligns[i] === "c" ? ":" + dash + ":" : aligns[i] === "r" ? dash + ":" : dash;
  }).join("|") + "|";
  return [line(all[0]), sep, ...all.slice(1).map(line)].join("\n");
}

function sortBy(t, col, desc) {
  const i = typeof col === "number" ? col : t.header.indexOf(col);
  if (i < 0) return t;
  const num = t.body.every((r) => !isNaN(Number(r[i])));
  t.body.sort((a, b) => (num ? Number(a[i]) - Number(b[i]) : String(a[i]).localeCompare(String(b[i]))) * (desc ? -1 : 1));
  return t;
}

module.exports = { parseMarkdown, parseDelimited, render, sortBy };
