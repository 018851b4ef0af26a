'use strict';
const { Transform } = require('stream');
const fmt = require('./lib/format');

function flatMap(fn, opts = {}) {
  const concurrency = opts.concurrency || 1;
  let active = 0;
  const waiting = [];
  const stream = new Transform({
    objectMode: true,
    highWaterMark: opts.highWaterMark || 16,
    transform(chunk, enc, cb) {
      active++;
      Promise.resolve()
        .then(() => fn(chunk))
        .then(async (out) => {
          if (out == null) return;
          if (typeof out[Symbol.asyncIterator] === 'function') { for await (const x of out) stream.push(x); }
          else if (typeof out !== 'string' && typeof out[Symbol.iterator] === 'function') { for (const x of out) stream.push(x); }
          else stream.push(out);
        })
        .then(() => { active--; const w = waiting.shift(); if (w) w(); }, (err) => stream.destroy(err));
      if (active < concurrency) cb(); else waiting.push(cb);
    },
    flush(cb) {
      const wait = () => (active === 0 ? cb() : setTimeout(wait, 5));
      wait();
    }
  });
  return stream;
}

function batch(size, opts = {}) {
  let buf = [];
  let timer = null;
  const maxWait = opts.maxWaitMs || 0;
  const stream = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      buf.push(chunk);
      if (timer) { clearTimeout(timer); timer = null; }
      if (buf.length >= size) { this.push(buf); buf = []; }
      else if (maxWait) timer = setTimeout(() => { if (buf.length) { stream.push(buf); buf = []; } }, maxWait);
      cb();
    },
    flush(cb) { if (timer) clearTimeout(timer); if (buf.length) this.push(buf); cb(); }
  });
  return stream;
}

function throttle(perSecond) {
  let tokens = perSecond;
  let last = Date.now();
  return new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      const tick = () => {
        const now = Date.now();
        tokens = Math.min(perSecond, tokens + ((now - last) / 1000) * perSecond);
        last = now;
        if (tokens >= 1) { tokens -= 1; cb(null, chunk); }
        else setTimeout(tick, Math.ceil(((1 - tokens) / perSecond) * 1000));
      };
      tick();
    }
  });
}

function progress(label, every = 1000) {
  let n = 0;
  return new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      n++;
      if (n % every === 0) process.stderr.write(`${label}: ${fmt.compact(n)}\n`);
      cb(null, chunk);
    }
  });
}

module.exports = { flatMap, batch, throttle, progress };
