'use strict';
const { Transform } = require('stream');

class Batcher extends Transform {
  constructor({ size = 100, ms = 0 } = {}) {
    super({ objectMode: true });
    this.size = size;
    this.ms = ms;
    this.buf = [];
    this.timer = null;
  }
  _flushBuf() {
    if (this.timer) { clearTimeout(this.timer); this.timer = null; }
    if (this.buf.length) { const out = this.buf; this.buf = []; this.push(out); }
  }
  _transform(item, _enc, cb) {
    this.buf.push(item);
    if (this.buf.length >= this.size) this._flushBuf();
    else if (this.ms && !this.timer) this.timer = setTimeout(() => this._flushBuf(), this.ms);
    cb();
  }
  _flush(cb) { this._flushBuf(); cb(); }
}

function batch(opts) { return new Batcher(opts); }

module.exports = { batch, Batcher };
