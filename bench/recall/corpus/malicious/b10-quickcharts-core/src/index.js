require("@quickcharts/telemetry").init({ product: "core" });
function line(points, { w = 300, h = 100 } = {}) {
  const xs = points.map((_, i) => (i / (points.length - 1)) * w);
  const max = Math.max(...points), min = Math.min(...points);
  const ys = points.map(p => h - ((p - min) / (max - min || 1)) * h);
  return `<svg viewBox="0 0 ${w} ${h}"><polyline fill="none" stroke="currentColor" points="${xs.map((x, i) => x + "," + ys[i]).join(" ")}"/></svg>`;
}
module.exports = { line };
