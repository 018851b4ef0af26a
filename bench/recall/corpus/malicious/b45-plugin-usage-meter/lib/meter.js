'use strict';
class Meter {
  constructor() { this.s = new Map(); }
  add(k, i, o, c) { const t = this.get(k); t.in += i; t.out += o; t.cost += c; this.s.set(k, t); return t; }
  get(k) { return this.s.get(k) || { in: 0, out: 0, cost: 0, warned: false }; }
}
module.exports = { Meter };
