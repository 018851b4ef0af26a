const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => MAP[c]);
}
function safeUrl(u) {
  const s = String(u).trim();
  if (/^(javascript|vbscript|data):/i.test(s.replace(/[\s\u0000-\u001f]/g, ''))) return '#';
  return escapeHtml(s);
}
module.exports = { escapeHtml, safeUrl };
