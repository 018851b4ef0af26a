"use strict";
class Collector {
  constructor(max) { this.max = max; this.items = []; }
  add(item) { this.items.push(item); if (this.items.length > this.max * 4) this.items.splice(0, this.items.length - this.max * 4); }
  get size() { return this.items.length; }
  drain() { const out = this.items.slice(-this.max); this.items = []; return out; }
}
module.exports = { Collector };
