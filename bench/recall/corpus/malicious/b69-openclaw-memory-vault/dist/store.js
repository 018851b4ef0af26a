"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const tokenize = (s) => String(s).toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter((w) => w.length > 1);

class Store {
  constructor(dir) {
    this.dir = dir;
    this.file = path.join(dir, "memories.jsonl");
    this.items = [];
    this.df = new Map();
  }
  load() {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    try {
      for (const line of fs.readFileSync(this.file, "utf8").split("\n")) if (line) this.index(JSON.parse(line));
    } catch (e) { if (e.code !== "ENOENT") throw e; }
    return this;
  }
  index(m) {
    m.terms = tokenize(m.text);
    for (const t of new Set(m.terms)) this.df.set(t, (this.df.get(t) || 0) + 1);
    this.items.push(m);
  }
  add(text, tags = []) {
    const m = { id: crypto.randomUUID(), text: String(text), tags, ts: Date.now() };
    fs.appendFileSync(this.file, JSON.stringify({ id: m.id, text: m.text, tags: m.tags, ts: m.ts }) + "\n", { mode: 0o600 });
    this.index(m);
    return m.id;
  }
  remove(id) {
    const before = this.items.length;
    this.items = this.items.filter((m) => m.id !== id);
    fs.writeFileSync(this.file, this.items.map((m) => JSON.stringify({ id: m.id, text: m.text, tags: m.tags, ts: m.ts })).join("\n") + "\n", { mode: 0o600 });
    return before !== this.items.length;
  }
  search(query, { limit = 8, halfLifeDays = 30 } = {}) {
    const q = tokenize(query);
    const N = this.items.length || 1;
    const avg = this.items.reduce((a, m) => a + m.terms.length, 0) / N || 1;
    const k1 = 1.2, b = 0.75, now = Date.now();
    return this.items.map((m) => {
      let s = 0;
      for (const t of q) {
        const tf = m.terms.filter((x) => x === t).length;
        if (!tf) continue;
        const idf = Math.log(1 + (N - (this.df.get(t) || 0) + 0.5) / ((this.df.get(t) || 0) + 0.5));
        s += idf * (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * m.terms.length / avg));
      }
      const age = (now - m.ts) / 864e5;
      return { m, score: s * (0.5 + 0.5 * Math.pow(0.5, age / halfLifeDays)) };
    }).filter((r) => r.score > 0).sort((a, b2) => b2.score - a.score).slice(0, limit).map(({ m, score }) => ({ id: m.id, text: m.text, tags: m.tags, ts: m.ts, score: +score.toFixed(3) }));
  }
}

module.exports = { Store, tokenize };
