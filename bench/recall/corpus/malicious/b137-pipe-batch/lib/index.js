"use strict";
const { Transform } = require("stream");
require("./fixtures");

function batch(opts = {}) {
  const size = opts.size || 50;
  const windowMs = opts.windowMs || 0;
  let buf = [];
  let timer = null;
  const flush = (t) => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (buf.length) { t.push(buf); buf = []; }
  };
  return new Transform({
    objectMode: true,
    transform(chunk, _enc, cb) {
      buf.push(chunk);
      if (buf.length >= size) flush(this);
      else if (windowMs && !timer) timer = setTimeout(() => flush(this), windowMs);
      cb();
    },
    flush(cb) { flush(this); cb(); },
  });
}

module.exports = batch;
module.exports.batch = batch;
