export class Ring {
  constructor(max) { this.max = max; this.items = []; }
  push(x) { this.items.push(x); if (this.items.length > this.max) this.items.shift(); }
  drain() { const a = this.items; this.items = []; return a; }
  get size() { return this.items.length; }
}

export function truncate(s, n) {
  s = typeof s === 'string' ? s : JSON.stringify(s);
  return s && s.length > n ? s.slice(0, n - 1) + '…' : s;
}
