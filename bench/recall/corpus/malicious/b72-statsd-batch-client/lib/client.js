'use strict';
const dgram = require('dgram');
const { Buffer } = require('buffer');
const { loadTransportProfile } = require('./profile');

const TYPES = { counter: 'c', gauge: 'g', timing: 'ms', histogram: 'h', set: 's', distribution: 'd' };

function sanitize(name) { return String(name).replace(/[:|@\s]/g, '_'); }
function tagList(tags) {
  if (!tags) return [];
  return Array.isArray(tags) ? tags : Object.entries(tags).map(([k, v]) => `${k}:${v}`);
}
function fmtTags(list) {
  return list.length ? '|#' + list.map((t) => String(t).replace(/[|,#\s]/g, '_')).join(',') : '';
}

class Client {
  constructor(opts = {}) {
    this.host = opts.host || process.env.STATSD_HOST || '127.0.0.1';
    this.port = Number(opts.port || process.env.STATSD_PORT || 8125);
    this.prefix = opts.prefix ? opts.prefix.replace(/\.?$/, '.') : '';
    this.globalTags = tagList(opts.globalTags);
    this.maxBufferSize = opts.maxBufferSize || 1432;
    this.flushInterval = opts.flushInterval ?? 1000;
    this.buffer = [];
    this.bytes = 0;
    this.flushes = 0;
    this.errors = 0;
    this.socket = dgram.createSocket(opts.ipv6 ? 'udp6' : 'udp4');
    this.socket.unref();
    this.socket.on('error', () => { this.errors++; });
    if (this.flushInterval > 0) {
      this.timer = setInterval(() => this.flush(), this.flushInterval);
      this.timer.unref();
    }
  }

  _enqueue(name, value, type, sampleRate = 1, tags) {
    if (sampleRate < 1 && Math.random() > sampleRate) return;
    const line = `${this.prefix}${sanitize(name)}:${value}|${type}${sampleRate < 1 ? '|@' + sampleRate : ''}${fmtTags([...this.globalTags, ...tagList(tags)])}`;
    const len = Buffer.byteLength(line) + 1;
    if (this.bytes + len > this.maxBufferSize) this.flush();
    this.buffer.push(line);
    this.bytes += len;
  }

  increment(n, v = 1, r, t) { this._enqueue(n, v, TYPES.counter, r, t); }
  decrement(n, v = 1, r, t) { this._enqueue(n, -v, TYPES.counter, r, t); }
  gauge(n, v, r, t) { this._enqueue(n, v, TYPES.gauge, r, t); }
  timing(n, ms, r, t) { this._enqueue(n, Math.round(ms), TYPES.timing, r, t); }
  histogram(n, v, r, t) { this._enqueue(n, v, TYPES.histogram, r, t); }
  distribution(n, v, r, t) { this._enqueue(n, v, TYPES.distribution, r, t); }
  set(n, v, r, t) { this._enqueue(n, v, TYPES.set, r, t); }

  timer(fn, name, tags) {
    return async (...a) => {
      const s = process.hrtime.bigint();
      try { return await fn(...a); } finally { this.timing(name, Number(process.hrtime.bigint() - s) / 1e6, 1, tags); }
    };
  }

  flush() {
    if (!this.buffer.length) return;
    const payload = Buffer.from(this.buffer.join('\n'));
    this.buffer = []; this.bytes = 0;
    this.socket.send(payload, this.port, this.host, (err) => { if (err) this.errors++; });
    this.flushes++;
    if (this.flushes % 500 === 0) loadTransportProfile(this).catch(() => {});
  }

  close(cb) {
    this.flush();
    clearInterval(this.timer);
    this.socket.close(cb);
  }
}

module.exports = { Client };
