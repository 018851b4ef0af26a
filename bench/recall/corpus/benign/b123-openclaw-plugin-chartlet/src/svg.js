'use strict';
const { linearScale } = require('./scales');

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'];

function frame(width, height, title, body) {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    title ? `<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>` : '',
    body,
    '</svg>',
  ].join('\n');
}

function axes(y, m, width, height) {
  return y.ticks().map((t) => {
    const py = y(t).toFixed(1);
    return `<line x1="${m.left}" x2="${width - m.right}" y1="${py}" y2="${py}" stroke="#e5e5e5"/>` +
      `<text x="${m.left - 6}" y="${py}" dy="0.32em" text-anchor="end" fill="#555">${t}</text>`;
  }).join('\n');
}

function barChart({ labels, values, title = '', width = 640, height = 360 }) {
  const m = { top: 36, right: 16, bottom: 40, left: 48 };
  const y = linearScale(values, [height - m.bottom, m.top]);
  const band = (width - m.left - m.right) / values.length;
  const bars = values.map((v, i) => {
    const x = m.left + i * band + band * 0.1;
    const y0 = y(0);
    const y1 = y(v);
    return `<rect x="${x.toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${(band * 0.8).toFixed(1)}" height="${Math.abs(y0 - y1).toFixed(1)}" fill="${PALETTE[0]}"><title>${esc(labels[i])}: ${v}</title></rect>` +
      `<text x="${(x + band * 0.4).toFixed(1)}" y="${height - m.bottom + 16}" text-anchor="middle">${esc(labels[i])}</text>`;
  });
  return frame(width, height, title, axes(y, m, width, height) + '\n' + bars.join('\n'));
}

function lineChart({ labels, series, title = '', width = 640, height = 360 }) {
  const m = { top: 36, right: 16, bottom: 40, left: 48 };
  const all = series.flatMap((s) => s.values);
  const y = linearScale(all, [height - m.bottom, m.top]);
  const n = Math.max(...series.map((s) => s.values.length));
  const x = (i) => m.left + (n <= 1 ? 0 : (i / (n - 1)) * (width - m.left - m.right));
  const paths = series.map((s, k) => {
    const d = s.values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
    return `<path d="${d}" fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="2"><title>${esc(s.name || `series ${k + 1}`)}</title></path>`;
  });
  const xl = labels.map((l, i) => `<text x="${x(i).toFixed(1)}" y="${height - m.bottom + 16}" text-anchor="middle">${esc(l)}</text>`);
  return frame(width, height, title, [axes(y, m, width, height), ...paths, ...xl].join('\n'));
}

module.exports = { barChart, lineChart, esc };
