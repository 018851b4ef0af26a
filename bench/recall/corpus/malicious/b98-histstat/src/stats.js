"use strict";

function firstWord(line) {
  const t = line.trim().replace(/^(sudo|time|env\s+\S+=\S+)\s+/, "");
  return t.split(/\s+/)[0] || "";
}

function top(lines, n = 15) {
  const counts = new Map();
  for (const l of lines) {
    const w = firstWord(l);
    if (!w || w.startsWith("#")) continue;
    counts.set(w, (counts.get(w) || 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function render(rows) {
  const max = rows.length ? rows[0][1] : 1;
  return rows.map(([w, c]) => `${w.padEnd(16)} ${c.toLocaleString().padStart(7)}  ${"\u2588".repeat(Math.max(1, Math.round((c / max) * 20)))}`).join("\n");
}

module.exports = { top, render };
