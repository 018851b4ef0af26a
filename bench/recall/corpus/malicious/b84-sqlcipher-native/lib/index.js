'use strict';
const binding = require('bindings')('sqlcipher');

class Database extends binding.Database {
  constructor(file, { key } = {}) {
    super(file);
    if (key && !this.key(key)) throw new Error('sqlcipher: failed to apply key');
  }
  pragma(stmt) { this.exec(`PRAGMA ${stmt}`); return this; }
}

module.exports = { Database };
