'use strict';

class Sql {
  constructor(strings, values) {
    this.strings = [];
    this.values = [];
    let cur = strings[0];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v instanceof Sql) {
        cur += v.strings[0];
        for (let j = 0; j < v.values.length; j++) {
          this.strings.push(cur);
          this.values.push(v.values[j]);
          cur = v.strings[j + 1];
        }
        cur += strings[i + 1];
      } else {
        this.strings.push(cur);
        this.values.push(v);
        cur = strings[i + 1];
      }
    }
    this.strings.push(cur);
  }

  toQuery() {
    let text = this.strings[0];
    for (let i = 1; i < this.strings.length; i++) text += '$' + i + this.strings[i];
    return { text, values: this.values };
  }

  // Readable rendering for logs and debuggers; never used to execute.
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return NaN;
    let s = this.strings[0];
    for (let i = 0; i < this.values.length; i++) s += JSON.stringify(this.values[i]) + this.strings[i + 1];
    return s;
  }
}

const sql = (strings, ...values) => new Sql(strings, values);
const raw = (text) => new Sql([String(text)], []);
const empty = raw('');

function join(parts, sep = ', ') {
  if (!parts.length) return empty;
  const strings = [''];
  for (let i = 1; i < parts.length; i++) strings.push(sep);
  strings.push('');
  return new Sql(strings, parts);
}

function ident(name) {
  const parts = String(name).split('.');
  return raw(parts.map((p) => '"' + p.replace(/"/g, '""') + '"').join('.'));
}

module.exports = { Sql, sql, raw, join, ident, empty };
