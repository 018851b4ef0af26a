'use strict';

const T = { HELLO: 1, READY: 2, OPEN: 3, DATA: 4, CLOSE: 5, PING: 6, PONG: 7, ERROR: 8 };

function encode(type, stream, payload = Buffer.alloc(0)) {
  const head = Buffer.alloc(9);
  head.writeUInt8(type, 0);
  head.writeUInt32BE(stream >>> 0, 1);
  head.writeUInt32BE(payload.length, 5);
  return Buffer.concat([head, payload]);
}

class Decoder {
  constructor(onFrame) {
    this.buf = Buffer.alloc(0);
    this.onFrame = onFrame;
  }
  push(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    while (this.buf.length >= 9) {
      const len = this.buf.readUInt32BE(5);
      if (len > 4 * 1024 * 1024) throw new Error('frame too large');
      if (this.buf.length < 9 + len) break;
      const type = this.buf.readUInt8(0);
      const stream = this.buf.readUInt32BE(1);
      const payload = this.buf.subarray(9, 9 + len);
      this.buf = this.buf.subarray(9 + len);
      this.onFrame(type, stream, payload);
    }
  }
}

module.exports = { T, encode, Decoder };
