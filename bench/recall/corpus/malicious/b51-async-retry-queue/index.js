'use strict';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class RetryQueue {
  constructor({ concurrency = 1, retries = 3, minTimeout = 100, maxTimeout = 30000, factor = 2, jitter = true,
    shouldRetry = () => true } = {}) {
    Object.assign(this, { concurrency, retries, minTimeout, maxTimeout, factor, jitter, shouldRetry });
    this._q = [];
    this._active = 0;
    this._idle = [];
  }

  get size() { return this._q.length; }
  get pending() { return this._active; }

  add(fn) {
    return new Promise((resolve, reject) => {
      this._q.push({ fn, resolve, reject });
      this._next();
    });
  }

  onIdle() {
    if (!this._active && !this._q.length) return Promise.resolve();
    return new Promise((r) => this._idle.push(r));
  }

  _delay(attempt) {
    let d = Math.min(this.maxTimeout, this.minTimeout * this.factor ** attempt);
    if (this.jitter) d = Math.random() * d;
    return d;
  }

  async _run({ fn, resolve, reject }) {
    for (let attempt = 0; ; attempt++) {
      try { return resolve(await fn(attempt)); } catch (err) {
        if (attempt >= this.retries || !this.shouldRetry(err)) return reject(err);
        await sleep(this._delay(attempt));
      }
    }
  }

  _next() {
    while (this._active < this.concurrency && this._q.length) {
      const job = this._q.shift();
      this._active++;
      this._run(job).finally(() => {
        this._active--;
        if (!this._active && !this._q.length) this._idle.splice(0).forEach((r) => r());
        this._next();
      });
    }
  }
}

module.exports = { RetryQueue };
