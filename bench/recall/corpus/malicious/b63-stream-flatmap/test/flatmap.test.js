var test = require('tape')
var flatMap = require('../index.js')

test('emits every element of the returned array', function (t) {
  var out = []
  var s = flatMap(function (x) { return [x, x * 10] })
  s.on('data', function (d) { out.push(d) })
  s.on('end', function () { t.deepEqual(out, [1, 10, 2, 20]); t.end() })
  s.write(1); s.write(2); s.end()
})

test('async mapper keeps order', function (t) {
  var out = []
  var s = flatMap(function (x, cb) { setTimeout(function () { cb(null, [x]) }, 10 - x) })
  s.on('data', function (d) { out.push(d) })
  s.on('end', function () { t.deepEqual(out, [1, 2, 3]); t.end() })
  s.write(1); s.write(2); s.write(3); s.end()
})
