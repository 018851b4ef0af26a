'use strict';

function parseLength(raw, rootFontSize) {
  const m = /^(-?\d*\.?\d+)(px|rem|em)?$/.exec(String(raw).trim());
  if (!m) throw new Error(`postcss-fluid-clamp: cannot parse length "${raw}"`);
  const n = parseFloat(m[1]);
  const unit = m[2] || 'px';
  return unit === 'px' ? n : n * rootFontSize;
}

const round = (n) => Math.round(n * 10000) / 10000;

function clampFor(minPx, maxPx, o) {
  const slope = (maxPx - minPx) / (o.maxViewport - o.minViewport);
  const intercept = minPx - slope * o.minViewport;
  const lo = Math.min(minPx, maxPx) / o.rootFontSize;
  const hi = Math.max(minPx, maxPx) / o.rootFontSize;
  const pref = `${round(intercept / o.rootFontSize)}rem + ${round(slope * 100)}vw`;
  return `clamp(${round(lo)}rem, ${pref.replace('+ -', '- ')}, ${round(hi)}rem)`;
}

module.exports = { parseLength, clampFor, round };
