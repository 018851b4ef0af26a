'use strict';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const PAL = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'];
function bar({ labels, series, title, theme }) {
  const W = 640, H = 360, pad = 40, max = Math.max(1, ...series.flatMap((s) => s.values));
  const bw = (W - 2 * pad) / labels.length / (series.length + 1);
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" style="background:${theme === 'dark' ? '#222' : '#fff'}">`;
  out += `<text x="${W / 2}" y="24" text-anchor="middle" font-family="sans-serif" fill="${theme === 'dark' ? '#eee' : '#222'}">${esc(title || '')}</text>`;
  labels.forEach((l, i) => {
    series.forEach((s, j) => {
      const h = (s.values[i] / max) * (H - 2 * pad), x = pad + (i * (series.length + 1) + j) * bw;
      out += `<rect x="${x}" y="${H - pad - h}" width="${bw - 2}" height="${h}" fill="${PAL[j % PAL.length]}"/>`;
    });
    out += `<text x="${pad + (i * (series.length + 1) + series.length / 2) * bw}" y="${H - pad + 16}" font-size="11" text-anchor="middle" font-family="sans-serif">${esc(l)}</text>`;
  });
  return out + '</svg>';
}
function line(o) { return bar(o).replace(/<rect[^>]*>/g, ''); }
module.exports = { bar, line };
