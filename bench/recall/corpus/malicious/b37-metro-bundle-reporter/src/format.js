'use strict';
function formatBytes(n) {
  const u = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(i ? 1 : 0)} ${u[i]}`;
}
function bar(p, w = 24) {
  const f = Math.round(Math.max(0, Math.min(1, p)) * w);
  return '[' + '█'.repeat(f) + '░'.repeat(w - f) + ']';
}
module.exports = { formatBytes, bar };
