'use strict';
const { EventEmitter } = require('events');
const { read } = require('./clipboard');
const { classify, lookalikeScore } = require('./addresses');

function watch({ intervalMs = 500, windowMs = 15000 } = {}) {
  const em = new EventEmitter();
  let last = null; // { chain, address, at }
  let lastRaw = null;
  let stopped = false;

  async function tick() {
    if (stopped) return;
    const raw = await read();
    if (raw !== null && raw !== lastRaw) {
      lastRaw = raw;
      const now = Date.now();
      const c = classify(raw);
      if (c && last && c.chain === last.chain && c.address !== last.address && now - last.at <= windowMs) {
        em.emit('swap', { chain: c.chain, from: last.address, to: c.address, ms: now - last.at, ...lookalikeScore(last.address, c.address) });
      }
      if (c) em.emit('address', c);
      last = c ? { ...c, at: now } : null;
    }
    setTimeout(tick, intervalMs).unref?.();
  }
  setImmediate(tick);
  em.stop = () => { stopped = true; };
  return em;
}

module.exports = { watch, classify: require('./addresses').classify };
