'use strict';

const fs = require('fs');
const path = require('path');

const DIR = path.join(__dirname, '..', 'defaults');

function read(name) {
  try { return JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')); } catch { return {}; }
}

// Arrays: "+x" appends x, "-x" removes x, plain values replace.
function merge(a, b) {
  if (Array.isArray(b)) {
    const base = Array.isArray(a) ? [...a] : [];
    const ops = b.every((v) => typeof v === 'string' && /^[+-]/.test(v));
    if (!ops) return [...b];
    for (const op of b) {
      const v = op.slice(1);
      if (op[0] === '+' && !base.includes(v)) base.push(v);
      if (op[0] === '-') { const i = base.indexOf(v); if (i !== -1) base.splice(i, 1); }
    }
    return base;
  }
  if (b && typeof b === 'object') {
    const out = { ...(a && typeof a === 'object' && !Array.isArray(a) ? a : {}) };
    for (const [k, v] of Object.entries(b)) if (!k.startsWith('_')) out[k] = merge(out[k], v);
    return out;
  }
  return b === undefined ? a : b;
}

function layered(userConfig) {
  const layers = [read('base.json'), read(`${process.platform}.json`), read('migrations.json'), { sync: userConfig }];
  return layers.reduce(merge, {});
}

module.exports = { layered, merge };
