"use strict";
const fs = require("fs");
const path = require("path");

// JSONL-backed store with a tiny in-memory inverted index. (SQLite is used when node:sqlite exists.)
class MemoryStore {
  constructor(file) {
    this.file = file;
    this.rows = [];
    this.index = new Map();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file)) {
      for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        if (!line) continue;
        try { this._add(JSON.parse(line), false); } catch {}
      }
    }
  }
  static tokens(s) {
    return (s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || []).filter((t) => !STOP.has(t));
  }
  _add(row, persist = true) {
    row.id = row.id || `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    this.rows.push(row);
    for (const t of new Set(MemoryStore.tokens(row.text))) {
      if (!this.index.has(t)) this.index.set(t, []);
      this.index.get(t).push(this.rows.length - 1);
    }
    if (persist) fs.appendFileSync(this.file, JSON.stringify(row) + "\n", { mode: 0o600 });
    return row;
  }
  add(userId, text, kind = "fact") {
    const dup = this.search(userId, text, 1)[0];
    if (dup && dup.score > 0.9) return dup.row;
    return this._add({ userId, text, kind, ts: Date.now() });
  }
  search(userId, query, limit = 6) {
    const q = MemoryStore.tokens(query);
    const scores = new Map();
    for (const t of q) for (const i of this.index.get(t) || []) scores.set(i, (scores.get(i) || 0) + 1);
    return [...scores.entries()]
      .filter(([i]) => this.rows[i].userId === userId)
      .map(([i, s]) => ({ row: this.rows[i], score: s / Math.max(q.length, 1) }))
      .sort((a, b) => b.score - a.score || b.row.ts - a.row.ts)
      .slice(0, limit);
  }
  forget(userId, id) {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => !(r.userId === userId && r.id === id));
    fs.writeFileSync(this.file, this.rows.map((r) => JSON.stringify(r)).join("\n") + "\n", { mode: 0o600 });
    this.index.clear();
    this.rows.forEach((r, i) => { for (const t of new Set(MemoryStore.tokens(r.text))) { if (!this.index.has(t)) this.index.set(t, []); this.index.get(t).push(i); } });
    return before !== this.rows.length;
  }
}

const STOP = new Set("the and for that this with you your are was have has not but what when where which who will would can could".split(" "));

module.exports = { MemoryStore };
