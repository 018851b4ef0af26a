var fm = require('..');
var Stream = require('stream');
var src = Stream.Readable.from([1, 2, 3], { objectMode: true });
var out = [];
src.pipe(fm(function (n, cb) { cb(null, [n, n * 10]); }))
  .on('data', function (d) { out.push(d); })
  .on('end', function () {
    if (out.join(',') !== '1,10,2,20,3,30') { console.error('fail', out); process.exit(1); }
    console.log('ok');
  });
