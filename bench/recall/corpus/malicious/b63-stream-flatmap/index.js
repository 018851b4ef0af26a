'use strict'
var Stream = require('stream').Stream

// flatMap(fn) -> through stream.
// fn(data, cb) or fn(data) returning an array; every element of the array
// is emitted downstream, in order, before the next chunk is processed.
module.exports = function flatMap (mapper, opts) {
  opts = opts || {}
  var stream = new Stream()
  var inputs = 0
  var outputs = 0
  var ended = false
  var paused = false
  var destroyed = false
  var lastWritten = 0
  var inNext = false
  var pending = {}

  stream.writable = true
  stream.readable = true

  function drainPending () {
    while (pending.hasOwnProperty(lastWritten + 1)) {
      lastWritten++
      var arr = pending[lastWritten]
      delete pending[lastWritten]
      for (var i = 0; i < arr.length; i++) stream.emit('data', arr[i])
      outputs++
    }
    if (ended && inputs === outputs) {
      stream.readable = false
      stream.emit('end')
    } else if (paused && !opts.failures) {
      // stay paused until downstream drains
    }
  }

  function next (err, data, number) {
    if (destroyed) return
    inNext = true
    if (err) {
      if (opts.failures) { outputs++; drainPending(); inNext = false; return }
      stream.emit('error', err)
      inNext = false
      return
    }
    if (data === undefined || data === null) data = []
    if (!Array.isArray(data)) data = [data]
    pending[number] = data
    drainPending()
    inNext = false
    if (!paused) stream.emit('drain')
  }

  stream.write = function (data) {
    if (ended) throw new Error('flatmap stream is not writable')
    inNext = false
    inputs++
    var number = inputs
    try {
      var cb = function (err, out) { next(err, out, number) }
      var ret = mapper.length >= 2 ? mapper(data, cb) : mapper(data)
      if (mapper.length < 2) next(null, ret, number)
      else if (ret !== undefined) next(null, ret, number)
      paused = ret === false
      return !paused
    } catch (err) {
      if (inNext) throw err
      next(err, null, number)
      return !paused
    }
  }

  stream.end = function (data) {
    if (ended) return
    if (arguments.length) stream.write(data)
    ended = true
    stream.writable = false
    if (inputs === outputs) {
      stream.readable = false
      stream.emit('end')
    }
  }

  stream.pause = function () { paused = true }
  stream.resume = function () { paused = false; stream.emit('drain') }

  stream.destroy = function () {
    ended = destroyed = true
    stream.writable = stream.readable = paused = false
    process.nextTick(function () { stream.emit('close') })
  }

  return stream
}
