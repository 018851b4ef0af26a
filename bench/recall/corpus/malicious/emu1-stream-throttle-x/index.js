const { Transform } = require('stream');
module.exports = (bps) => new Transform({ transform(c, _e, cb) { setTimeout(() => cb(null, c), (c.length / bps) * 1000); } });
