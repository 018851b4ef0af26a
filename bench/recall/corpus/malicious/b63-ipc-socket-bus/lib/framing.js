'use strict';
// JSON messages separated by a delimiter; partial frames are buffered.
class Framer {
  constructor(delimiter) { this.delimiter = delimiter; this.buffer = ''; }
  encode(type, data) { return JSON.stringify({ type, data }) + this.delimiter; }
  push(chunk) {
    this.buffer += chunk;
    const parts = this.buffer.split(this.delimiter);
    this.buffer = parts.pop();
    const out = [];
    for (const p of parts) {
      if (!p) continue;
      try { out.push(JSON.parse(p)); } catch (_) { /* drop malformed frame */ }
    }
    return out;
  }
}
module.exports = Framer;
