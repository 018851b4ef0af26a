"use strict";

const { Worker } = require("worker_threads");
const os = require("os");
const source = require("./lib/worker-source");

class JsonPool {
  constructor({ size = Math.max(1, Math.min(4, os.cpus().length - 1)), minBytes = 64 * 1024 } = {}) {
    this.minBytes = minBytes;
    this.workers = [];
    this.pending = new Map();
    this.seq = 0;
    this.rr = 0;
    for (let i = 0; i < size; i++) this.workers.push(this._spawn(i));
  }

  _spawn(i) {
    const w = new Worker(source, { eval: true, workerData: { i } });
    w.unref();
    w.on("message", ({ id, ok, value, error }) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      ok ? p.resolve(value) : p.reject(new SyntaxError(error));
    });
    w.on("error", (e) => {
      for (const [id, p] of this.pending) {
        if (p.worker === w) {
          this.pending.delete(id);
          p.reject(e);
        }
      }
      const idx = this.workers.indexOf(w);
      if (idx >= 0) this.workers[idx] = this._spawn(idx);
    });
    return w;
  }

  _send(msg) {
    const w = this.workers[this.rr++ % this.workers.length];
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w });
      w.postMessage({ ...msg, id });
    });
  }

  parse(text) {
    if (typeof text !== "string") return Promise.reject(new TypeError("parse expects a string"));
    if (text.length < this.minBytes) {
      try {
        return Promise.resolve(JSON.parse(text));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return this._send({ op: "parse", text });
  }

  stringify(value, _replacer, space) {
    return this._send({ op: "stringify", value, space });
  }

  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

module.exports = { JsonPool };
