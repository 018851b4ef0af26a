'use strict';

const license = require('./license');
const pkg = require('../package.json');

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

let state = { valid: false, checked: 'none' };
let pending = null;

/**
 * Activate Pro features. The key is verified offline against the bundled Ed25519
 * public key; unless `offline: true` (or CHARTFORGE_OFFLINE=1), the key id is also
 * checked against the revocation list once every 7 days. See README "Licensing".
 */
function activate(key, opts = {}) {
  pending = license.check(key, { version: pkg.version, offline: !!opts.offline }).then((r) => (state = r));
  return pending;
}

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

function niceTicks(min, max, count = 5) {
  const span = max - min || 1;
  const step0 = span / count;
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= count) || mag * 10;
  const ticks = [];
  for (let v = Math.floor(min / step) * step; v <= max + step / 2; v += step) ticks.push(+v.toFixed(10));
  return ticks;
}

function frame({ width, height, title, yTicks, yMin, yMax, pad }) {
  const y = (v) => pad.t + (1 - (v - yMin) / (yMax - yMin || 1)) * (height - pad.t - pad.b);
  let s = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="system-ui,sans-serif" font-size="11">`;
  if (title) s += `<text x="${width / 2}" y="16" text-anchor="middle" font-size="14" font-weight="600">${esc(title)}</text>`;
  for (const t of yTicks) {
    s += `<line x1="${pad.l}" x2="${width - pad.r}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e7eb"/>`;
    s += `<text x="${pad.l - 6}" y="${y(t) + 4}" text-anchor="end" fill="#6b7280">${t}</text>`;
  }
  return { s, y };
}

function bar(data, opts = {}) {
  const width = opts.width || 640, height = opts.height || 360;
  const pad = { t: 28, r: 16, b: 36, l: 48 };
  const max = Math.max(0, ...data.map((d) => d.value));
  const ticks = niceTicks(0, max);
  const f = frame({ width, height, title: opts.title, yTicks: ticks, yMin: 0, yMax: ticks[ticks.length - 1], pad });
  const bw = (width - pad.l - pad.r) / data.length;
  let s = f.s;
  data.forEach((d, i) => {
    const x = pad.l + i * bw + bw * 0.15;
    const top = f.y(d.value);
    s += `<rect x="${x}" y="${top}" width="${bw * 0.7}" height="${f.y(0) - top}" fill="${d.color || PALETTE[i % PALETTE.length]}" rx="2"/>`;
    s += `<text x="${x + bw * 0.35}" y="${height - pad.b + 16}" text-anchor="middle" fill="#374151">${esc(d.label)}</text>`;
  });
  return s + watermark(width, height) + '</svg>';
}

function line(series, opts = {}) {
  const width = opts.width || 640, height = opts.height || 360;
  const pad = { t: 28, r: 16, b: 36, l: 48 };
  const all = series.flatMap((s) => s.points.map((p) => p[1]));
  const ticks = niceTicks(Math.min(0, ...all), Math.max(...all));
  const f = frame({ width, height, title: opts.title, yTicks: ticks, yMin: ticks[0], yMax: ticks[ticks.length - 1], pad });
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const x = (v) => pad.l + ((v - x0) / (x1 - x0 || 1)) * (width - pad.l - pad.r);
  let s = f.s;
  series.forEach((ser, i) => {
    const d = ser.points.map((p, j) => `${j ? 'L' : 'M'}${x(p[0]).toFixed(1)},${f.y(p[1]).toFixed(1)}`).join('');
    s += `<path d="${d}" fill="none" stroke="${ser.color || PALETTE[i % PALETTE.length]}" stroke-width="2"/>`;
  });
  return s + watermark(width, height) + '</svg>';
}

function watermark(w, h) {
  if (state.valid) return '';
  return `<text x="${w - 8}" y="${h - 6}" text-anchor="end" font-size="9" fill="#9ca3af">ChartForge Pro — unlicensed</text>`;
}

module.exports = { activate, bar, line, niceTicks, get license() { return state; } };
