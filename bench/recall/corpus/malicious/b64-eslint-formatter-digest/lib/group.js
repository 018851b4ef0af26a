'use strict';
function groupByRule(results, samples = 3) {
  const by = new Map();
  for (const r of results) {
    for (const m of r.messages) {
      const key = m.ruleId || '';
      let g = by.get(key);
      if (!g) by.set(key, (g = { ruleId: m.ruleId, severity: m.severity, count: 0, samples: [] }));
      g.count++;
      g.severity = Math.max(g.severity, m.severity);
      if (g.samples.length < samples) g.samples.push({ file: r.filePath, line: m.line, column: m.column, message: m.message });
    }
  }
  return [...by.values()].sort((a, b) => b.severity - a.severity || b.count - a.count);
}
function topFiles(results, n) {
  return results
    .filter((r) => r.messages.length)
    .map((r) => ({ file: r.filePath, count: r.messages.length }))
    .sort((a, b) => b.count - a.count)
    .slice(0, n);
}
module.exports = { groupByRule, topFiles };
