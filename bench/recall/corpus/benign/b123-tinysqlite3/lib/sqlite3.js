'use strict';
// `bindings` searches build/Release, build/Debug and prebuilds/ - covering both
// prebuild-install downloads and local node-gyp builds.
const binding = require('bindings')('tinysqlite3');

class Database {
  constructor(filename = ':memory:', { readonly = false } = {}) {
    const mode = readonly ? binding.OPEN_READONLY : binding.OPEN_READWRITE | binding.OPEN_CREATE;
    this._db = new binding.Database(filename, mode);
    this.filename = filename;
  }
  exec(sql) { this._db.exec(sql); return this; }
  prepare(sql) { return new binding.Statement(this._db, sql); }
  all(sql, ...params) { return this.prepare(sql).all(...params); }
  get(sql, ...params) { return this.all(sql, ...params)[0]; }
  run(sql, ...params) { this.prepare(sql).run(...params); return this; }
  transaction(fn) {
    return (...args) => {
      this.exec('BEGIN');
      try { const r = fn(...args); this.exec('COMMIT'); return r; }
      catch (e) { this.exec('ROLLBACK'); throw e; }
    };
  }
  close() { this._db.close(); }
}

module.exports = { Database, VERSION: binding.VERSION };
