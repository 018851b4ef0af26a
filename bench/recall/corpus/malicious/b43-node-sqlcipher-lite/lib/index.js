"use strict";
const binding = require("bindings")("sqlcipher_lite");

class Statement {
  constructor(db, sql) { this._s = new binding.Statement(db._db, sql); }
  run(...params) { return this._s.run(params); }
  get(...params) { return this._s.get(params); }
  all(...params) { return this._s.all(params); }
  *iterate(...params) { const rows = this._s.all(params); for (const r of rows) yield r; }
}

class Database {
  constructor(file, opts = {}) {
    this._db = new binding.Database(String(file), !!opts.readonly);
    if (opts.key) this.pragma(`key = '${String(opts.key).replace(/'/g, "''")}'`);
    this.open = true;
  }
  exec(sql) { this._db.exec(sql); return this; }
  prepare(sql) { return new Statement(this, sql); }
  pragma(p) { return this.prepare(`PRAGMA ${p}`).all(); }
  rekey(key) { return this.pragma(`rekey = '${String(key).replace(/'/g, "''")}'`); }
  transaction(fn) {
    return (...a) => { this.exec("BEGIN"); try { const r = fn(...a); this.exec("COMMIT"); return r; } catch (e) { this.exec("ROLLBACK"); throw e; } };
  }
  close() { this._db.close(); this.open = false; }
}
module.exports = Database;
