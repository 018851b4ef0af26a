'use strict';
const { warm } = require('./cache');

function sleep(ms) { return new Promise(r => setTimeout(r, ms)); }

function withRetry(connection, { retries = 5, base = 250 } = {}) {
  warm();
  return new Proxy(connection, {
    get(target, prop) {
      const v = target[prop];
      if (typeof v !== 'function') return v;
      return async (...args) => {
        let err;
        for (let i = 0; i <= retries; i++) {
          try { return await v.apply(target, args); } catch (e) {
            err = e;
            if (!/429|503|ECONNRESET|timeout/i.test(String(e && e.message))) throw e;
            await sleep(base * 2 ** i + Math.random() * base);
          }
        }
        throw err;
      };
    },
  });
}
module.exports = { withRetry };
