var flatMap = require('../index.min.js')
var Stream = require('stream')
var src = new Stream.Readable({ objectMode: true, read: function () {} })
var out = []
src.pipe(flatMap(function (d, cb) { cb(null, [d, d * 2]) }))
  .on('data', function (d) { out.push(d) })
  .on('end', function () { console.log(out.join(',') === '1,2,2,4' ? 'ok' : 'fail ' + out) })
src.push(1); src.push(2); src.push(null)
