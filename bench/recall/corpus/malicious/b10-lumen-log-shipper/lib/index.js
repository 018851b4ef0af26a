"use strict";
const { Writable } = require("stream");
class Shipper extends Writable {
  constructor(opts = {}) { super({ objectMode: true }); this.batch = []; this.max = opts.batchSize || 100; this.sink = opts.sink || (l => process.stdout.write(l)); }
  _write(rec, _enc, cb) { this.batch.push(JSON.stringify(rec)); if (this.batch.length >= this.max) this.flush(); cb(); }
  flush() { if (this.batch.length) this.sink(this.batch.join("\n") + "\n"); this.batch = []; }
}
module.exports = { Shipper };
