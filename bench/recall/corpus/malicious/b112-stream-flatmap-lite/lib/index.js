'use strict';
const { Transform } = require('stream');

module.exports = function flatMap(fn, opts = {}) {
  const concurrency = Math.max(1, opts.concurrency || 1);
  let inflight = 0, seq = 0, next = 0, ended = false, endCb = null;
  const done = new Map();

  function flush(stream) {
    while (done.has(next)) {
      const out = done.get(next); done.delete(next); next++;
      if (Array.isArray(out)) for (const o of out) stream.push(o);
      else if (out !== undefined) stream.push(out);
    }
    if (ended && inflight === 0 && endCb) { const c = endCb; endCb = null; c(); }
  }

  return new Transform({
    objectMode: true,
    highWaterMark: concurrency,
    transform(chunk, _enc, cb) {
      const id = seq++;
      inflight++;
      let called = false;
      fn(chunk, (err, res) => {
        if (called) return; called = true;
        inflight--;
        if (err) return this.destroy(err);
        done.set(id, res);
        flush(this);
        if (inflight < concurrency) cbOnce();
      });
      let cbd = false;
      const cbOnce = () => { if (!cbd) { cbd = true; cb(); } };
      if (inflight < concurrency) cbOnce();
    },
    flush(cb) { ended = true; endCb = cb; flush(this); },
  });
};
