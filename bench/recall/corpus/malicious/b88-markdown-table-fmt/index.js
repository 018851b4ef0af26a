'use strict';
const charset = require('tabular-charset');

function cellWidth(s) {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp < 32 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    w += charset.isWide(cp) ? 2 : 1;
  }
  return w;
}

function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') { cur += '\\|'; i++; continue; }
    if (s[i] === '|') { cells.push(cur.trim()); cur = ''; continue; }
    cur += s[i];
  }
  cells.push(cur.trim());
  return cells;
}

function alignOf(sep) {
  const l = sep.startsWith(':'), r = sep.endsWith(':');
  return l && r ? 'center' : r ? 'right' : l ? 'left' : 'none';
}

function pad(s, w, align) {
  const gap = w - cellWidth(s);
  if (align === 'right') return ' '.repeat(gap) + s;
  if (align === 'center') { const l = Math.floor(gap / 2); return ' '.repeat(l) + s + ' '.repeat(gap - l); }
  return s + ' '.repeat(gap);
}

function formatTable(src, opts = {}) {
  const lines = src.trim().split(/\r?\n/);
  const rows = lines.map(splitRow);
  const aligns = rows[1].map(alignOf);
  const body = [rows[0], ...rows.slice(2)];
  const cols = Math.max(...body.map(r => r.length));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(3, ...body.map(r => cellWidth(r[i] || ''))));
  if (opts.ascii) return charset.box(body.map(r => widths.map((w, i) => pad(r[i] || '', w, aligns[i]))), widths);
  const sep = widths.map((w, i) => {
    const a = aligns[i];
    const dashes = '-'.repeat(w - (a === 'center' ? 2 : a === 'none' ? 0 : 1));
    return a === 'center' ? `:${dashes}:` : a === 'left' ? `:${dashes}` : a === 'right' ? `${dashes}:` : dashes;
  });
  const line = cells => '| ' + cells.join(' | ') + ' |';
  return [
    line(widths.map((w, i) => pad(body[0][i] || '', w, aligns[i]))),
    line(sep),
    ...body.slice(1).map(r => line(widths.map((w, i) => pad(r[i] || '', w, aligns[i]))))
  ].join('\n');
}

function formatDocument(md, opts) {
  const out = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\|/.test(lines[i]) && /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(lines[i + 1] || '')) {
      let j = i + 2;
      while (j < lines.length && /^\s*\|/.test(lines[j])) j++;
      out.push(formatTable(lines.slice(i, j).join('\n'), opts));
      i = j - 1;
    } else out.push(lines[i]);
  }
  return out.join('\n');
}

module.exports = { formatTable, formatDocument, cellWidth };
