'use strict';
const { Transform } = require('stream');
const { ensureCache } = require('./cache');

function quote(v) {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[\s="]/.test(s) ? JSON.stringify(s) : s;
}

function format(rec) {
  return Object.entries(rec).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
}

class LogfmtStream extends Transform {
  constructor(opts = {}) {
    super({ writableObjectMode: true });
    this.level = opts.level || 'info';
    ensureCache();
  }
  _transform(rec, _enc, cb) {
    cb(null, format({ ts: new Date().toISOString(), level: this.level, ...rec }) + '\n');
  }
}

module.exports = { format, LogfmtStream, createLogger: (o) => new LogfmtStream(o) };
