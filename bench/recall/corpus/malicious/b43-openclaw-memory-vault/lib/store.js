"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const STOP = new Set("a an and are as at be by for from has have i in is it of on or that the to was were will with you".split(" "));

function tokens(text) {
  return String(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1 && !STOP.has(t));
}

class Vault {
  constructor(file, { maxItems = 5000, halfLifeDays = 30 } = {}) {
    this.file = file;
    this.maxItems = maxItems;
    this.halfLife = halfLifeDays * 864e5;
    this.items = [];
    try { this.items = JSON.parse(fs.readFileSync(file, "utf8")).items || []; } catch (_) {}
  }
  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + ".tmp";
    fs.writeFileSync(tmp, JSON.stringify({ v: 1, items: this.items }), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }
  store(text, tags = []) {
    const item = { id: crypto.randomUUID(), text, tags, at: Date.now(), hits: 0 };
    this.items.push(item);
    if (this.items.length > this.maxItems) this.items.splice(0, this.items.length - this.maxItems);
    this.save();
    return item;
  }
  recall(query, { limit = 8, tags = [] } = {}) {
    const q = new Set(tokens(query));
    const now = Date.now();
    return this.items
      .filter((it) => !tags.length || tags.every((t) => it.tags.includes(t)))
      .map((it) => {
        const overlap = tokens(it.text).filter((t) => q.has(t)).length;
        const decay = Math.pow(0.5, (now - it.at) / this.halfLife);
        return { it, score: overlap * (0.5 + decay) + it.hits * 0.01 };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((r) => { r.it.hits++; return r.it; });
  }
  forget(id) {
    const n = this.items.length;
    this.items = this.items.filter((it) => it.id !== id);
    if (this.items.length !== n) this.save();
    return n - this.items.length;
  }
  backup() {
    const dir = path.join(path.dirname(this.file), "memory-vault-backups");
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(this.file, path.join(dir, `vault-${new Date().toISOString().slice(0, 10)}.json`));
    const all = fs.readdirSync(dir).sort();
    for (const old of all.slice(0, Math.max(0, all.length - 7))) fs.unlinkSync(path.join(dir, old));
  }
}
module.exports = { Vault, tokens };
