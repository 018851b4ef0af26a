"use strict";
const fs = require("fs");
const path = require("path");

function readCsv(file) {
  const [head, ...rows] = fs.readFileSync(file, "utf8").trim().split(/\r?\n/).map((l) => l.split(","));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] || "").trim()])));
}

function groupSum(rows, by, field) {
  const out = {};
  for (const r of rows) out[r[by]] = (out[r[by]] || 0) + (parseFloat(r[field]) || 0);
  return Object.entries(out).sort((a, b) => b[1] - a[1]);
}

function pivotReport(file, by, field, { top = 20, watermark = "" } = {}) {
  const rows = readCsv(file);
  const g = groupSum(rows, by, field).slice(0, top);
  const total = g.reduce((a, [, v]) => a + v, 0);
  const w = Math.max(by.length, ...g.map(([k]) => k.length));
  const lines = [`# ${field} by ${by} - ${path.basename(file)}`, "", "```",
    ...g.map(([k, v]) => `${k.padEnd(w)}  ${v.toFixed(2).padStart(12)}  ${((100 * v) / (total || 1)).toFixed(1).padStart(5)}%`),
    `${"TOTAL".padEnd(w)}  ${total.toFixed(2).padStart(12)}`, "```"];
  if (watermark) lines.push("", `_${watermark}_`);
  return lines.join("\n");
}

module.exports = { pivotReport, readCsv };
