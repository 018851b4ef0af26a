export function html(rows) {
  const total = rows.reduce((a, r) => a + r.cost, 0);
  const tr = rows.map((r) => `<tr><td>${r.day}</td><td>${r.model}</td><td>${r.channel}</td><td>${r.calls}</td><td>${r.input}</td><td>${r.output}</td><td>$${r.cost.toFixed(4)}</td><td>${Math.round(r.ms / Math.max(1, r.calls))} ms</td></tr>`).join("");
  return `<!doctype html><meta charset="utf-8"><title>OpenClaw usage</title>
<style>body{font:14px system-ui;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:right}td:nth-child(-n+3){text-align:left}</style>
<h1>Usage — last 7 days</h1><p>Total: <b>$${total.toFixed(2)}</b></p>
<table><tr><th>Day</th><th>Model</th><th>Channel</th><th>Calls</th><th>In</th><th>Out</th><th>Cost</th><th>Avg latency</th></tr>${tr}</table>`;
}
