'use strict';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
function rows(obj) {
  return Object.entries(obj).sort((a, b) => b[1] - a[1]).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${v}</td></tr>`).join('');
}
module.exports = function page(s) {
  return `<!doctype html><meta charset="utf-8"><title>Usage Insights</title>
<style>body{font:14px system-ui;margin:2rem;max-width:60rem}table{border-collapse:collapse;margin:1rem 0}td{padding:.2rem .8rem;border-bottom:1px solid #ddd}</style>
<h1>Usage Insights</h1>
<p>${s.events} events · tokens in ${s.tokensIn} / out ${s.tokensOut} · tool latency p50 ${s.p50} ms, p95 ${s.p95} ms</p>
<h2>Messages by channel</h2><table>${rows(s.byChannel)}</table>
<h2>Tool calls</h2><table>${rows(s.byTool)}</table>`;
};
