'use strict';

class Tokenizer {
  constructor({ delimiter = ',', quote = '"' } = {}) {
    this.d = delimiter;
    this.q = quote;
    this.field = '';
    this.row = [];
    this.inQuotes = false;
    this.pendingQuote = false;
    this.pendingCR = false;
  }

  *push(chunk) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (this.pendingCR) {
        this.pendingCR = false;
        if (ch === '\n') continue;
      }
      if (this.inQuotes) {
        if (this.pendingQuote) {
          this.pendingQuote = false;
          if (ch === this.q) { this.field += this.q; continue; }
          this.inQuotes = false;
        } else if (ch === this.q) { this.pendingQuote = true; continue; }
        else { this.field += ch; continue; }
      }
      if (ch === this.q && this.field === '') { this.inQuotes = true; continue; }
      if (ch === this.d) { this.row.push(this.field); this.field = ''; continue; }
      if (ch === '\n' || ch === '\r') {
        if (ch === '\r') this.pendingCR = true;
        this.row.push(this.field);
        this.field = '';
        const r = this.row;
        this.row = [];
        yield r;
        continue;
      }
      this.field += ch;
    }
  }

  *end() {
    if (this.pendingQuote) this.inQuotes = false;
    if (this.field !== '' || this.row.length) {
      this.row.push(this.field);
      yield this.row;
    }
    this.row = [];
    this.field = '';
  }
}

module.exports = { Tokenizer };
