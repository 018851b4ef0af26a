'use strict';
const { Transform } = require('stream');

const QUOTE = 34, CR = 13, LF = 10;

class Parser extends Transform {
  constructor(opts = {}) {
    super({ readableObjectMode: true });
    this.delim = (opts.delimiter || ',').charCodeAt(0);
    this.header = opts.header !== false;
    this.cast = opts.cast || null;
    this._columns = null;
    this._field = '';
    this._row = [];
    this._inQuotes = false;
    this._pendingQuote = false;
    this.lines = 0;
  }

  _pushRow() {
    this._row.push(this._field);
    this._field = '';
    const row = this._row;
    this._row = [];
    this.lines++;
    if (row.length === 1 && row[0] === '') return;
    if (this.header && !this._columns) {
      this._columns = row;
      return;
    }
    if (this._columns) {
      const obj = {};
      for (let i = 0; i < this._columns.length; i++) {
        const v = row[i] === undefined ? null : row[i];
        obj[this._columns[i]] = this.cast ? this.cast(v, this._columns[i]) : v;
      }
      this.push(obj);
    } else {
      this.push(this.cast ? row.map((v, i) => this.cast(v, i)) : row);
    }
  }

  _transform(chunk, _enc, cb) {
    const s = chunk.toString('utf8');
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (this._inQuotes) {
        if (this._pendingQuote) {
          this._pendingQuote = false;
          if (c === QUOTE) { this._field += '"'; continue; }
          this._inQuotes = false;
        } else if (c === QUOTE) {
          this._pendingQuote = true;
          continue;
        } else {
          this._field += s[i];
          continue;
        }
      }
      if (c === QUOTE && this._field === '') this._inQuotes = true;
      else if (c === this.delim) { this._row.push(this._field); this._field = ''; }
      else if (c === LF) this._pushRow();
      else if (c === CR) continue;
      else this._field += s[i];
    }
    cb();
  }

  _flush(cb) {
    if (this._field !== '' || this._row.length) this._pushRow();
    cb();
  }
}

function autoCast(v) {
  if (v === null || v === '') return v;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v === 'true' || v === 'false') return v === 'true';
  return v;
}

function parse(opts) { return new Parser(opts); }

function parseSync(text, opts = {}) {
  const p = new Parser(opts);
  const out = [];
  p.on('data', (r) => out.push(r));
  p.write(text);
  p._flush(() => {});
  while (true) { const r = p.read(); if (r === null) break; out.push(r); }
  return out;
}

module.exports = { parse, parseSync, autoCast, Parser };
