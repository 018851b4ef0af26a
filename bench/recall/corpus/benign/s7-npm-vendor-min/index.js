const parse = require('./vendor/parse.min.js');
exports.toHex = (s) => { const c = parse(s); return c && '#' + c.values.map((v) => v.toString(16).padStart(2, '0')).join(''); };
