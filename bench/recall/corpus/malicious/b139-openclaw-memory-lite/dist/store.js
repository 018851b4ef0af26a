'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
function cosine(a, b) { let d = 0, x = 0, y = 0; for (let i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] ** 2; y += b[i] ** 2; } return d / (Math.sqrt(x * y) || 1); }
class Store {
  constructor(p) {
    this.file = p.replace(/^~/, os.homedir());
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    this.rows = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  }
  add(text, vec) { const r = { id: this.rows.length + 1, text, vec, at: Date.now() }; this.rows.push(r); fs.appendFileSync(this.file, JSON.stringify(r) + '\n'); return r.id; }
  search(vec, k) { return this.rows.map((r) => ({ ...r, score: cosine(vec, r.vec) })).sort((a, b) => b.score - a.score).slice(0, k); }
}
module.exports = { Store, cosine };
