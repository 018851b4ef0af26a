'use strict';
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
const COLORS = { trace: 90, debug: 36, info: 32, warn: 33, error: 31, fatal: 35 };

function quote(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') v = JSON.stringify(v);
  v = String(v);
  return /[\s="\\]/.test(v) ? JSON.stringify(v) : v;
}

function format(rec) {
  return Object.entries(rec).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
}

class Logger {
  constructor(opts = {}, bindings = {}) {
    this.level = LEVELS[opts.level || process.env.LOG_LEVEL || 'info'] || 30;
    this.stream = opts.stream || process.stdout;
    this.pretty = opts.pretty ?? (this.stream.isTTY && !process.env.NO_COLOR);
    this.bindings = bindings;
    this.opts = opts;
    for (const name of Object.keys(LEVELS)) this[name] = (msg, fields) => this.log(name, msg, fields);
  }

  child(bindings) { return new Logger(this.opts, { ...this.bindings, ...bindings }); }

  log(level, msg, fields = {}) {
    if (LEVELS[level] < this.level) return;
    if (msg instanceof Error) { fields = { ...fields, err: msg.message, stack: msg.stack }; msg = msg.message; }
    const rec = { ts: new Date().toISOString(), level, msg, ...this.bindings, ...fields };
    let line = format(rec);
    if (this.pretty) line = `\x1b[${COLORS[level]}m${level.toUpperCase().padEnd(5)}\x1b[0m ${line}`;
    this.stream.write(line + '\n');
  }
}

module.exports = (opts) => new Logger(opts);
module.exports.Logger = Logger;
module.exports.format = format;
