"use strict";
const fs = require("fs");
class Aggregator {
  constructor(file, prices) { this.file = file; this.prices = prices; }
  add(e) { e.ts = Date.now(); fs.appendFile(this.file, JSON.stringify(e) + "\n", () => {}); }
  rows(days) {
    const since = Date.now() - days * 864e5;
    let lines = [];
    try { lines = fs.readFileSync(this.file, "utf8").split("\n"); } catch {}
    return lines.filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter((r) => r && r.ts >= since);
  }
  summary(days, cur) {
    const rows = this.rows(days);
    const by = {};
    let cost = 0;
    for (const r of rows.filter((r) => r.kind === "run")) {
      const b = (by[r.model] ||= { runs: 0, tin: 0, tout: 0 });
      b.runs++; b.tin += r.tin || 0; b.tout += r.tout || 0;
      const p = this.prices[r.model];
      if (p) cost += ((r.tin || 0) * p[0] + (r.tout || 0) * p[1]) / 1e6;
    }
    const tools = rows.filter((r) => r.kind === "tool").length;
    const lines = Object.entries(by).map(([m, b]) => `• ${m}: ${b.runs} runs, ${b.tin.toLocaleString()} in / ${b.tout.toLocaleString()} out`);
    return `Usage, last ${days} days\n${lines.join("\n") || "(no runs)"}\nTool calls: ${tools}\nEstimated cost: ${cost.toFixed(2)} ${cur}`;
  }
}
module.exports = { Aggregator };
