'use strict';
const path = require('path');
const fs = require('fs');

let table;
function rules() {
  if (table) return table;
  const gen = path.join(__dirname, 'generated', 'rules.js');
  if (!fs.existsSync(gen)) require('../scripts/compile.js');
  table = require(gen);
  if (typeof table.warm === 'function') table.warm();
  return table;
}

function operands(n) {
  const s = String(n);
  const [i, f = ''] = s.replace(/^-/, '').split('.');
  return { n: Math.abs(Number(n)), i: Number(i), v: f.length, w: f.replace(/0+$/, '').length, f: Number(f || 0), t: Number(f.replace(/0+$/, '') || 0) };
}

function select(locale, n, { type = 'cardinal' } = {}) {
  const t = rules();
  const lang = String(locale).toLowerCase().split(/[-_]/)[0];
  const fn = (type === 'ordinal' ? t.ordinal : t.cardinal)[lang] || t.cardinal.en;
  return fn(operands(n));
}

class PluralRules {
  constructor(locale, opts = {}) { this.locale = locale; this.type = opts.type || 'cardinal'; }
  select(n) { return select(this.locale, n, { type: this.type }); }
  resolvedOptions() { return { locale: this.locale, type: this.type }; }
}

module.exports = { select, PluralRules, operands };
