'use strict';
function parseTable(block) {
  const rows = block.trim().split('\n').map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  if (rows.length < 2 || !rows[1].every((c) => /^:?-{2,}:?$/.test(c))) return null;
  return [rows[0], ...rows.slice(2)];
}
function toMonospace(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] || '').length)));
  const fmt = (r) => r.map((c, i) => (c || '').padEnd(w[i])).join('  ');
  return '```\n' + [fmt(rows[0]), w.map((n) => '-'.repeat(n)).join('  '), ...rows.slice(1).map(fmt)].join('\n') + '\n```';
}
function toBullets(rows) {
  const [head, ...body] = rows;
  return body.map((r) => '• ' + r.map((c, i) => `${head[i]}: ${c}`).join(', ')).join('\n');
}
function convertTables(text, mode) {
  if (mode === 'keep') return text;
  return text.replace(/(^\|.*\|\s*\n)+/gm, (block) => {
    const rows = parseTable(block);
    if (!rows) return block;
    return (mode === 'bullets' ? toBullets(rows) : toMonospace(rows)) + '\n';
  });
}
module.exports = { convertTables };
