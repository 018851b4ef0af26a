'use strict';
var Stream = require('stream');

/**
 * flatMap(fn) -> Transform
 * fn(item, cb) may call cb(err, arrayOrValue). Arrays are flattened one level.
 */
function flatMap(fn, opts) {
  opts = opts || {};
  var concurrency = opts.concurrency || 1;
  var running = 0;
  var queue = [];
  var ended = false;
  var t = new Stream.Transform({ objectMode: true, highWaterMark: opts.highWaterMark || 16 });

  function pump(item, done) {
    running++;
    fn(item, function (err, res) {
      running--;
      if (err) return t.emit('error', err);
      if (Array.isArray(res)) res.forEach(function (r) { if (r !== undefined) t.push(r); });
      else if (res !== undefined) t.push(res);
      if (queue.length) { var n = queue.shift(); pump(n[0], n[1]); }
      if (done) done();
      if (ended && running === 0 && !queue.length) t.push(null);
    });
  }

  t._transform = function (item, enc, cb) {
    if (running < concurrency) { pump(item); cb(); }
    else queue.push([item, cb]);
  };
  t._flush = function (cb) {
    ended = true;
    if (running === 0 && !queue.length) cb();
    else t.once('end', function () {}), cb();
  };
  return t;
}

function combine() {
  var streams = Array.prototype.slice.call(arguments);
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  var first = streams[0], last = streams[streams.length - 1];
  for (var i = 0; i < streams.length - 1; i++) streams[i].pipe(streams[i + 1]);
  var d = new Stream.Duplex({ objectMode: true });
  d._write = function (c, e, cb) { first.write(c, e, cb); };
  d._final = function (cb) { first.end(); cb(); };
  d._read = function () {};
  last.on('data', function (c) { d.push(c); });
  last.on('end', function () { d.push(null); });
  streams.forEach(function (s) { s.on('error', function (e) { d.emit('error', e); }); });
  return d;
}

function merge() {
  var streams = Array.prototype.slice.call(arguments);
  var out = new Stream.PassThrough({ objectMode: true });
  var left = streams.length;
  streams.forEach(function (s) {
    s.pipe(out, { end: false });
    s.once('end', function () { if (--left === 0) out.end(); });
  });
  return out;
}

module.exports = flatMap;
module.exports.flatMap = flatMap;
module.exports.combine = combine;
module.exports.merge = merge;
