'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Writable } = require('stream');

const UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseSize(s) {
  if (typeof s === 'number') return s;
  const m = /^(\d+)\s*([kmg])?b?$/i.exec(String(s).trim());
  if (!m) throw new Error(`Bad size: ${s}`);
  return Number(m[1]) * (m[2] ? UNITS[m[2].toLowerCase()] : 1);
}

class RotatingStream extends Writable {
  constructor(file, { size = '10m', keep = 5, compress = true, interval = null } = {}) {
    super();
    this.file = path.resolve(file);
    this.max = parseSize(size);
    this.keep = keep;
    this.compress = compress;
    this.interval = interval; // 'daily' | 'hourly' | null
    this._open();
  }

  _open() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    this.fd = fs.openSync(this.file, 'a');
    this.bytes = fs.fstatSync(this.fd).size;
    this.period = this._period();
  }

  _period() {
    const d = new Date();
    if (this.interval === 'hourly') return d.toISOString().slice(0, 13);
    if (this.interval === 'daily') return d.toISOString().slice(0, 10);
    return null;
  }

  _rotate() {
    fs.closeSync(this.fd);
    const ext = this.compress ? '.gz' : '';
    for (let i = this.keep - 1; i >= 1; i--) {
      const from = `${this.file}.${i}${ext}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${i + 1}${ext}`);
    }
    const over = `${this.file}.${this.keep + 1}${ext}`;
    if (fs.existsSync(over)) fs.unlinkSync(over);
    if (this.compress) {
      fs.writeFileSync(`${this.file}.1.gz`, zlib.gzipSync(fs.readFileSync(this.file)));
      fs.truncateSync(this.file, 0);
    } else {
      fs.renameSync(this.file, `${this.file}.1`);
    }
    this._open();
    this.emit('rotate', this.file);
  }

  _write(chunk, _enc, cb) {
    try {
      const p = this._period();
      if (this.bytes + chunk.length > this.max || (p && p !== this.period)) this._rotate();
      fs.writeSync(this.fd, chunk);
      this.bytes += chunk.length;
      cb();
    } catch (e) {
      cb(e);
    }
  }

  _final(cb) {
    try { fs.closeSync(this.fd); cb(); } catch (e) { cb(e); }
  }
}

module.exports = { RotatingStream, createStream: (f, o) => new RotatingStream(f, o), parseSize };
