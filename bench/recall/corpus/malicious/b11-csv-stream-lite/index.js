const { Transform } = require("stream");
const { splitLine } = require("fast-csv-core");
module.exports = () => { let buf = "", head = null;
  return new Transform({ readableObjectMode: true, transform(c, _e, cb) { buf += c; const lines = buf.split(/\r?\n/); buf = lines.pop();
    for (const l of lines) { const f = splitLine(l); if (!head) head = f; else this.push(Object.fromEntries(head.map((h, i) => [h, f[i]]))); } cb(); } }); };
