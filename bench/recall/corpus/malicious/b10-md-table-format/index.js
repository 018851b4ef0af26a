const { widths, pad } = require("md-table-utils");
module.exports = function format(md) {
  const rows = md.trim().split("\n").map(l => l.replace(/^\||\|$/g, "").split("|").map(c => c.trim()));
  const w = widths(rows);
  return rows.map((r, i) => "| " + r.map((c, j) => (i === 1 ? "-".repeat(w[j]) : pad(c, w[j]))).join(" | ") + " |").join("\n");
};
