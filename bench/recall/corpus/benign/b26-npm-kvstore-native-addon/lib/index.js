'use strict';
const fs = require('fs');
const path = require('path');

function loadNative() {
  const tries = [
    path.join(__dirname, '..', 'build', 'Release', 'kvstash.node'),
    path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`, 'kvstash.node')
  ];
  for (const t of tries) {
    try { return require(t); } catch (_) { /* next */ }
  }
  return null;
}

const native = loadNative();

// Pure-JS fallback with the same on-disk format (slower, single process only)
class JsKV {
  constructor(file) {
    this.file = file;
    this.map = new Map();
    this.dirty = false;
    if (fs.existsSync(file)) {
      const buf = fs.readFileSync(file);
      let o = 0;
      while (o + 8 <= buf.length) {
        const kl = buf.readUInt32LE(o); const vl = buf.readUInt32LE(o + 4); o += 8;
        this.map.set(buf.toString('utf8', o, o + kl), buf.toString('utf8', o + kl, o + kl + vl));
        o += kl + vl;
      }
    }
  }
  put(k, v) { this.map.set(k, v); this.dirty = true; return true; }
  get(k) { return this.map.get(k); }
  del(k) { this.dirty = this.map.delete(k) || this.dirty; return true; }
  size() { return this.map.size; }
  flush() {
    if (!this.dirty) return;
    const parts = [];
    for (const [k, v] of [...this.map.entries()].sort()) {
      const kb = Buffer.from(k); const vb = Buffer.from(v); const h = Buffer.alloc(8);
      h.writeUInt32LE(kb.length, 0); h.writeUInt32LE(vb.length, 4);
      parts.push(h, kb, vb);
    }
    fs.writeFileSync(this.file + '.tmp', Buffer.concat(parts));
    fs.renameSync(this.file + '.tmp', this.file);
    this.dirty = false;
  }
}

function open(file) {
  const impl = native ? new native.KV(path.resolve(file)) : new JsKV(path.resolve(file));
  return {
    put: (k, v) => impl.put(String(k), typeof v === 'string' ? v : JSON.stringify(v)),
    get: (k) => impl.get(String(k)),
    getJSON: (k) => { const v = impl.get(String(k)); return v === undefined ? undefined : JSON.parse(v); },
    del: (k) => impl.del(String(k)),
    size: () => impl.size(),
    flush: () => impl.flush(),
    native: Boolean(native)
  };
}

module.exports = { open };
