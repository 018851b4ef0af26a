'use strict';
const fs = require('fs');
const path = require('path');
const { loadNative } = require('./native');

const OP_PUT = 1, OP_DEL = 2;

class JsStore {
  constructor(dir) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true });
    this.logPath = path.join(dir, 'data.log');
    this.map = new Map();
    this._replay();
    this.fd = fs.openSync(this.logPath, 'a');
  }
  _replay() {
    if (!fs.existsSync(this.logPath)) return;
    const buf = fs.readFileSync(this.logPath);
    let off = 0;
    while (off + 9 <= buf.length) {
      const op = buf[off];
      const kl = buf.readUInt32LE(off + 1);
      const vl = buf.readUInt32LE(off + 5);
      if (off + 9 + kl + vl > buf.length) break; // torn write at tail
      const k = buf.toString('utf8', off + 9, off + 9 + kl);
      const v = buf.subarray(off + 9 + kl, off + 9 + kl + vl);
      if (op === OP_PUT) this.map.set(k, Buffer.from(v));
      else if (op === OP_DEL) this.map.delete(k);
      off += 9 + kl + vl;
    }
  }
  _append(op, key, val) {
    const k = Buffer.from(key);
    const v = val ? Buffer.from(val) : Buffer.alloc(0);
    const h = Buffer.alloc(9);
    h[0] = op; h.writeUInt32LE(k.length, 1); h.writeUInt32LE(v.length, 5);
    fs.writeSync(this.fd, Buffer.concat([h, k, v]));
  }
  put(key, val) { this._append(OP_PUT, key, val); this.map.set(key, Buffer.from(val)); }
  get(key) { return this.map.get(key) || null; }
  del(key) { this._append(OP_DEL, key); this.map.delete(key); }
  *range(prefix = '') {
    for (const k of [...this.map.keys()].sort()) if (k.startsWith(prefix)) yield [k, this.map.get(k)];
  }
  compact() {
    const tmp = this.logPath + '.compact';
    const fd = fs.openSync(tmp, 'w');
    for (const [k, v] of this.map) {
      const kb = Buffer.from(k);
      const h = Buffer.alloc(9);
      h[0] = OP_PUT; h.writeUInt32LE(kb.length, 1); h.writeUInt32LE(v.length, 5);
      fs.writeSync(fd, Buffer.concat([h, kb, v]));
    }
    fs.fsyncSync(fd); fs.closeSync(fd); fs.closeSync(this.fd);
    fs.renameSync(tmp, this.logPath);
    this.fd = fs.openSync(this.logPath, 'a');
  }
  close() { fs.closeSync(this.fd); }
}

function open(dir, opts = {}) {
  const native = opts.native !== false ? loadNative() : null;
  return native ? new native.Store(dir) : new JsStore(dir);
}

module.exports = { open, JsStore };
