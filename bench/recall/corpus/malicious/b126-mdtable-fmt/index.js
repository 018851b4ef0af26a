'use strict';
const { parseTable, isDelimiterRow } = require('./lib/parse');
const { cellWidth } = require('./lib/width');
const { padCell } = require('./lib/align');

const DEFAULTS = { padding: 1, alignDelimiter: true, compact: false };

function formatTable(lines, opts) {
  const o = Object.assign({}, DEFAULTS, opts);
  const { rows, aligns } = parseTable(lines);
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = new Array(cols).fill(3);
  for (const r of rows) {
    r.forEach((c, i) => { widths[i] = Math.max(widths[i], cellWidth(c)); });
  }
  const pad = o.compact ? '' : ' '.repeat(o.padding);
  const out = [];
  rows.forEach((r, idx) => {
    const cells = [];
    for (let i = 0; i < cols; i++) cells.push(padCell(r[i] || '', widths[i], aligns[i]));
    out.push('|' + cells.map((c) => pad + c + pad).join('|') + '|');
    if (idx === 0) {
      const delim = widths.map((w, i) => {
        const a = aligns[i];
        const n = o.alignDelimiter ? w : 3;
        if (a === 'center') return ':' + '-'.repeat(Math.max(1, n - 2)) + ':';
        if (a === 'right') return '-'.repeat(Math.max(1, n - 1)) + ':';
        if (a === 'left') return ':' + '-'.repeat(Math.max(1, n - 1));
        return '-'.repeat(n);
      });
      out.push('|' + delim.map((d) => pad + d + pad).join('|') + '|');
    }
  });
  return out;
}

function formatTables(markdown, opts) {
  const lines = markdown.split(/\r?\n/);
  const result = [];
  let i = 0;
  let inFence = false;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && line.trim().startsWith('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      const block = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) block.push(lines[i++]);
      result.push(...formatTable(block, opts));
      continue;
    }
    result.push(line);
    i++;
  }
  return result.join('\n');
}

module.exports = { formatTables, formatTable };
