"use strict";
const path = require("path");
const { Worker } = require("worker_threads");

class Pool {
  constructor(size, algorithm) {
    this.size = size;
    this.algorithm = algorithm;
    this.workers = [];
    this.queue = [];
    this.waiting = new Map();
    this.seq = 0;
  }
  _spawn() {
    const w = new Worker(path.join(__dirname, "hash-worker.js"), { workerData: { algorithm: this.algorithm } });
    w.busy = false;
    w.on("message", (m) => {
      const cb = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      w.busy = false;
      cb && cb(m);
      this._drain();
    });
    w.unref();
    this.workers.push(w);
    return w;
  }
  _drain() {
    while (this.queue.length) {
      let w = this.workers.find((x) => !x.busy);
      if (!w && this.workers.length < this.size) w = this._spawn();
      if (!w) return;
      const job = this.queue.shift();
      w.busy = true;
      this.waiting.set(job.id, job.cb);
      w.postMessage({ id: job.id, file: job.file });
    }
  }
  hash(file) {
    return new Promise((resolve) => {
      this.queue.push({ id: ++this.seq, file, cb: resolve });
      this._drain();
    });
  }
  close() {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}

module.exports = { Pool };
