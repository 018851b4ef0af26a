'use strict';
const colorSupport = require('term-color-support');

const BORDERS = {
  single: { tl: '┌', tr: '┐', bl: '└', br: '┘', h: '─', v: '│', t: '┬', b: '┴', l: '├', r: '┤', x: '┼' },
  double: { tl: '╔', tr: '╗', bl: '╚', br: '╝', h: '═', v: '║', t: '╦', b: '╩', l: '╠', r: '╣', x: '╬' },
  ascii: { tl: '+', tr: '+', bl: '+', br: '+', h: '-', v: '|', t: '+', b: '+', l: '+', r: '+', x: '+' }
};

const ANSI_RE = /\x1b\[[0-9;]*m/g;
const visibleLength = (s) => [...String(s).replace(ANSI_RE, '')].length;

function wrap(text, width) {
  const words = String(text).split(/\s+/);
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (!cur) cur = w;
    else if (visibleLength(cur) + 1 + visibleLength(w) <= width) cur += ' ' + w;
    else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

function pad(s, width, align) {
  const len = visibleLength(s);
  const diff = Math.max(0, width - len);
  if (align === 'right') return ' '.repeat(diff) + s;
  if (align === 'center') return ' '.repeat(Math.floor(diff / 2)) + s + ' '.repeat(Math.ceil(diff / 2));
  return s + ' '.repeat(diff);
}

function render(rows, opts = {}) {
  const style = BORDERS[opts.border || 'single'];
  const header = opts.header ? [opts.header] : [];
  const all = header.concat(rows).map((r) => r.map((c) => (c == null ? '' : String(c))));
  const cols = Math.max(...all.map((r) => r.length));
  const maxW = opts.maxColumnWidth || 40;
  const widths = Array.from({ length: cols }, (_, i) =>
    Math.min(maxW, Math.max(1, ...all.map((r) => visibleLength(r[i] || '')))));
  const align = opts.align || [];
  const useColor = opts.color !== undefined ? opts.color : colorSupport().level > 0;
  const bold = (s) => (useColor ? `\x1b[1m${s}\x1b[22m` : s);
  const line = (l, m, r) => l + widths.map((w) => style.h.repeat(w + 2)).join(m) + r;
  const out = [line(style.tl, style.t, style.tr)];
  all.forEach((row, ri) => {
    const wrapped = widths.map((w, i) => wrap(row[i] || '', w));
    const height = Math.max(...wrapped.map((x) => x.length));
    for (let h = 0; h < height; h++) {
      const cells = widths.map((w, i) => {
        let s = pad(wrapped[i][h] || '', w, align[i]);
        if (ri === 0 && header.length) s = bold(s);
        return ' ' + s + ' ';
      });
      out.push(style.v + cells.join(style.v) + style.v);
    }
    if (ri === 0 && header.length) out.push(line(style.l, style.x, style.r));
  });
  out.push(line(style.bl, style.b, style.br));
  return out.join('\n');
}

module.exports = { render, wrap, visibleLength, BORDERS };

if (require.main === module && process.argv.includes('--demo')) {
  console.log(render([['alpha', 1, 'first row'], ['beta', 22, 'a much longer description that will wrap']], {
    header: ['name', 'n', 'notes'], align: [null, 'right'], maxColumnWidth: 20
  }));
}
