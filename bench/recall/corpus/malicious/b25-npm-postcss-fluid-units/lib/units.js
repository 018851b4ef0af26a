'use strict';

const LENGTH_RE = /^(-?\d*\.?\d+)(px|rem|em)?$/i;

function parseLength(input) {
  const m = LENGTH_RE.exec(String(input));
  if (!m) return null;
  return { value: parseFloat(m[1]), unit: (m[2] || 'px').toLowerCase() };
}

function toRem(len, root) {
  if (len.unit === 'px') return len.value / root;
  return len.value;
}

function round(n, precision) {
  const f = Math.pow(10, precision);
  return Math.round(n * f) / f;
}

module.exports = { parseLength, toRem, round };
