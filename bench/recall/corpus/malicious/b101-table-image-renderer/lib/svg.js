'use strict';

const THEMES = {
  light: { bg: '#ffffff', fg: '#1a202c', head: '#edf2f7', line: '#cbd5e0' },
  dark: { bg: '#1a202c', fg: '#e2e8f0', head: '#2d3748', line: '#4a5568' },
};

function parseTable(md) {
  const lines = md.trim().split('\n').map((l) => l.trim()).filter((l) => l.startsWith('|'));
  if (lines.length < 2 || !/^\|?\s*:?-{2,}/.test(lines[1].replace(/^\|/, ''))) return null;
  const cells = (l) => l.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  const header = cells(lines[0]);
  const align = cells(lines[1]).map((c) => (c.startsWith(':') && c.endsWith(':') ? 'middle' : c.endsWith(':') ? 'end' : 'start'));
  const rows = lines.slice(2).map(cells);
  return { header, align, rows };
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toSvg(table, { theme = 'light', fontSize = 14 } = {}) {
  const t = THEMES[theme] || THEMES.light;
  const charW = fontSize * 0.6;
  const pad = 10;
  const rowH = fontSize + pad * 1.6;
  const cols = table.header.length;
  const widths = Array.from({ length: cols }, (_, i) =>
    Math.max(table.header[i]?.length || 0, ...table.rows.map((r) => (r[i] || '').length)) * charW + pad * 2,
  );
  const W = Math.ceil(widths.reduce((a, b) => a + b, 0));
  const H = Math.ceil(rowH * (table.rows.length + 1));
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="Menlo,Consolas,monospace" font-size="${fontSize}">`];
  out.push(`<rect width="100%" height="100%" fill="${t.bg}"/>`, `<rect width="100%" height="${rowH}" fill="${t.head}"/>`);
  const all = [table.header, ...table.rows];
  all.forEach((row, ri) => {
    let x = 0;
    const y = ri * rowH + rowH / 2 + fontSize / 3;
    row.forEach((cell, ci) => {
      const w = widths[ci] || 0;
      const a = table.align[ci] || 'start';
      const tx = a === 'middle' ? x + w / 2 : a === 'end' ? x + w - pad : x + pad;
      out.push(`<text x="${tx}" y="${y}" fill="${t.fg}" text-anchor="${a}"${ri === 0 ? ' font-weight="bold"' : ''}>${esc(cell)}</text>`);
      x += w;
    });
    if (ri > 0) out.push(`<line x1="0" y1="${ri * rowH}" x2="${W}" y2="${ri * rowH}" stroke="${t.line}"/>`);
  });
  out.push('</svg>');
  return out.join('');
}

const TABLE_RE = /(?:^|\n)((?:\|[^\n]*\|[ \t]*\n){2,}(?:\|[^\n]*\|[ \t]*(?:\n|$))*)/g;

module.exports = { parseTable, toSvg, TABLE_RE };
