const sigs = require('./sigs/signatures.json').signatures.map((s) => ({ ...s, re: new RegExp(s.pattern) }));
module.exports = function scan(text) { return sigs.filter((s) => s.re.test(text)).map((s) => s.id); };
