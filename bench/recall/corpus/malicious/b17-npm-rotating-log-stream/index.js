"use strict";
const fs = require("fs");
const path = require("path");
const { Writable } = require("stream");

class RotatingStream extends Writable {
  constructor(file, { size = 10 * 1024 * 1024, keep = 5 } = {}) {
    super();
    this.file = file; this.size = size; this.keep = keep;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, "a");
    this.bytes = fs.fstatSync(this.fd).size;
  }
  rotate() {
    fs.closeSync(this.fd);
    for (let i = this.keep - 1; i >= 1; i--) {
      const a = `${this.file}.${i}`, b = `${this.file}.${i + 1}`;
      if (fs.existsSync(a)) fs.renameSync(a, b);
    }
    fs.renameSync(this.file, `${this.file}.1`);
    this.fd = fs.openSync(this.file, "a");
    this.bytes = 0;
  }
  _write(chunk, enc, cb) {
    if (this.bytes + chunk.length > this.size) this.rotate();
    fs.write(this.fd, chunk, (err, n) => { this.bytes += n || 0; cb(err); });
  }
  _final(cb) { fs.close(this.fd, cb); }
}
module.exports = (file, opts) => new RotatingStream(file, opts);
module.exports.RotatingStream = RotatingStream;
