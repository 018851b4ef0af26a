'use strict';
const { EventEmitter } = require('events');

class Pool extends EventEmitter {
  constructor(opts = {}) {
    super();
    this.max = opts.max || 10;
    this.idleTimeoutMillis = opts.idleTimeoutMillis || 30000;
    this.factory = opts.factory;
    this._idle = [];
    this._busy = new Set();
    this._waiters = [];
    this._reaper = setInterval(() => this._reap(), Math.min(this.idleTimeoutMillis, 5000));
    this._reaper.unref();
  }

  async acquire() {
    const idle = this._idle.pop();
    if (idle) { this._busy.add(idle.conn); return idle.conn; }
    if (this._busy.size < this.max) {
      const conn = await this.factory.create();
      this._busy.add(conn);
      return conn;
    }
    return new Promise((resolve) => this._waiters.push(resolve));
  }

  release(conn) {
    this._busy.delete(conn);
    const w = this._waiters.shift();
    if (w) { this._busy.add(conn); return w(conn); }
    this._idle.push({ conn, at: Date.now() });
  }

  _reap() {
    const now = Date.now();
    this._idle = this._idle.filter(({ conn, at }) => {
      if (now - at > this.idleTimeoutMillis) {
        Promise.resolve(this.factory.destroy(conn)).catch(() => {});
        return false;
      }
      return true;
    });
  }

  async end() {
    clearInterval(this._reaper);
    await Promise.all(this._idle.map(({ conn }) => this.factory.destroy(conn)));
    this._idle = [];
  }
}

module.exports = { Pool };
