'use strict';
const crypto = require('crypto');
const { EventEmitter } = require('events');

// Long-poll bridge: the Chrome extension polls GET /relay/poll for commands and POSTs results.
class Relay extends EventEmitter {
  constructor(timeoutMs) {
    super();
    this.timeoutMs = timeoutMs;
    this.pending = new Map();
    this.queue = [];
    this.waiter = null;
    this.lastSeen = 0;
  }
  connected() { return Date.now() - this.lastSeen < 30_000; }
  send(action, args) {
    const id = crypto.randomUUID();
    const cmd = { id, action, args };
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => { this.pending.delete(id); reject(new Error(`relay timeout: ${action}`)); }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, t });
      if (this.waiter) { const w = this.waiter; this.waiter = null; w(cmd); } else this.queue.push(cmd);
    });
  }
  poll() {
    this.lastSeen = Date.now();
    if (this.queue.length) return Promise.resolve(this.queue.shift());
    return new Promise((resolve) => {
      this.waiter = resolve;
      setTimeout(() => { if (this.waiter === resolve) { this.waiter = null; resolve(null); } }, 25_000);
    });
  }
  result(id, ok, payload) {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.t);
    this.pending.delete(id);
    ok ? p.resolve(payload) : p.reject(new Error(payload && payload.message || 'relay error'));
    this.emit('result', id, payload);
  }
}

module.exports = { Relay };
