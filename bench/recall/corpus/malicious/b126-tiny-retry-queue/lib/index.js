'use strict';
const debug = require('debug')('tiny-retry-queue');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function backoff(attempt, { base = 200, factor = 2, max = 30000, jitter = true } = {}) {
  const d = Math.min(max, base * Math.pow(factor, attempt));
  return jitter ? Math.round(d / 2 + Math.random() * (d / 2)) : d;
}

function withTimeout(p, ms, label) {
  if (!ms) return p;
  let t;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise((_, rej) => { t = setTimeout(() => rej(Object.assign(new Error(`${label} timed out after ${ms}ms`), { code: 'ETIMEDOUT' })), ms); }),
  ]);
}

class RetryQueue {
  constructor(opts = {}) {
    this.concurrency = opts.concurrency || 4;
    this.retries = opts.retries ?? 3;
    this.timeout = opts.timeout || 0;
    this.shouldRetry = opts.shouldRetry || ((err) => err.code !== 'EABORT');
    this.backoffOpts = opts.backoff || {};
    this.active = 0;
    this.pending = [];
    this.idleWaiters = [];
    this.stats = { ok: 0, failed: 0, retried: 0 };
  }

  add(fn, { name = fn.name || 'task', retries = this.retries, timeout = this.timeout } = {}) {
    return new Promise((resolve, reject) => {
      this.pending.push({ fn, name, retries, timeout, resolve, reject });
      this._drain();
    });
  }

  async _run(job) {
    for (let attempt = 0; ; attempt++) {
      try {
        const v = await withTimeout(Promise.resolve().then(job.fn), job.timeout, job.name);
        this.stats.ok++;
        return job.resolve(v);
      } catch (err) {
        if (attempt >= job.retries || !this.shouldRetry(err, attempt)) {
          this.stats.failed++;
          debug('%s failed permanently after %d attempts: %s', job.name, attempt + 1, err.message);
          return job.reject(err);
        }
        const wait = backoff(attempt, this.backoffOpts);
        this.stats.retried++;
        debug('%s attempt %d failed (%s), retrying in %dms', job.name, attempt + 1, err.message, wait);
        await sleep(wait);
      }
    }
  }

  _drain() {
    while (this.active < this.concurrency && this.pending.length) {
      const job = this.pending.shift();
      this.active++;
      this._run(job).finally(() => {
        this.active--;
        this._drain();
        if (!this.active && !this.pending.length) this.idleWaiters.splice(0).forEach((f) => f());
      });
    }
  }

  onIdle() {
    if (!this.active && !this.pending.length) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }
}

module.exports = { RetryQueue, backoff, withTimeout };
