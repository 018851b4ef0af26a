'use strict';
const { Env } = require('../build/Release/lmdb_lite.node');

class Store {
  constructor(path) { this.env = new Env(path); }
  get(key) { const b = this.env.get(String(key)); return b === undefined ? undefined : JSON.parse(b.toString()); }
  put(key, value) { return this.env.put(String(key), Buffer.from(JSON.stringify(value))); }
  close() { this.env.close(); }
}
module.exports = { Store };
