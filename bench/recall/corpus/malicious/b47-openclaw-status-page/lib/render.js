'use strict';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
function dur(ms) {
  const s = Math.floor(ms / 1000), d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
  return `${d ? d + 'd ' : ''}${h}h ${m}m`;
}
function page(title, snap) {
  const rows = snap.plugins.map((p) => `<tr><td>${esc(p.id)}</td><td>${esc(p.version || '')}</td><td class="${p.status}">${esc(p.status)}</td></tr>`).join('');
  const errs = snap.errors.map((e) => `<li><time>${new Date(e.ts).toISOString()}</time> ${esc(e.msg)}</li>`).join('');
  return `<!doctype html><meta charset=utf-8><meta http-equiv=refresh content=30><title>${esc(title)}</title>
<style>body{font:14px system-ui;max-width:820px;margin:2rem auto}td{padding:2px 10px}.loaded{color:green}.error{color:#b00}</style>
<h1>${esc(title)}</h1><p>up ${dur(snap.uptimeMs)} · node ${esc(snap.node)} · ${snap.mem} MiB rss</p>
<h2>Plugins</h2><table>${rows}</table><h2>Recent errors</h2><ul>${errs || '<li>none</li>'}</ul>`;
}
module.exports = { page };
