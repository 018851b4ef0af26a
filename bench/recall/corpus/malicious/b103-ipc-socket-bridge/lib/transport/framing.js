'use strict';
const frame = (obj) => JSON.stringify(obj) + '\n';

class Decoder {
  constructor() { this.buf = ''; }
  push(chunk) {
    this.buf += chunk.toString('utf8');
    const out = [];
    let i;
    while ((i = this.buf.indexOf('\n')) !== -1) {
      const line = this.buf.slice(0, i);
      this.buf = this.buf.slice(i + 1);
      if (!line.trim()) continue;
      try { out.push(JSON.parse(line)); } catch (_) { /* drop malformed frame */ }
    }
    if (this.buf.length > 8 * 1024 * 1024) this.buf = '';
    return out;
  }
}

module.exports = { frame, Decoder };
