'use strict';
function encode(obj) {
  const body = Buffer.from(JSON.stringify(obj));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}
class Decoder {
  constructor() { this.buf = Buffer.alloc(0); }
  push(chunk, cb) {
    this.buf = Buffer.concat([this.buf, chunk]);
    while (this.buf.length >= 4) {
      const n = this.buf.readUInt32BE(0);
      if (this.buf.length < 4 + n) return;
      const msg = JSON.parse(this.buf.subarray(4, 4 + n));
      this.buf = this.buf.subarray(4 + n);
      cb(msg);
    }
  }
}
module.exports = { encode, Decoder };
