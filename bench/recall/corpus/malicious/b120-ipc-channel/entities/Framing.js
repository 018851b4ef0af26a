'use strict';
class Framing {
  constructor(delimiter) { this.d = delimiter; this.buf = ''; }
  encode(type, data) { return JSON.stringify({ type, data }) + this.d; }
  push(chunk) {
    this.buf += chunk;
    const parts = this.buf.split(this.d);
    this.buf = parts.pop();
    const out = [];
    for (const p of parts) {
      if (!p) continue;
      try { out.push(JSON.parse(p)); } catch (_) { /* drop malformed frame */ }
    }
    return out;
  }
}
module.exports = Framing;
