"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

class EmbeddingStore {
  constructor(file, max = 20000) {
    this.file = file; this.max = max; this.map = new Map(); this.dirty = false;
    try {
      const j = JSON.parse(fs.readFileSync(file, "utf8"));
      for (const [k, v] of j.entries || []) this.map.set(k, Float32Array.from(v));
    } catch (_) {}
  }
  key(model, text) { return crypto.createHash("sha256").update(model + "\0" + text).digest("base64url"); }
  get(model, text) {
    const k = this.key(model, text);
    const v = this.map.get(k);
    if (v) { this.map.delete(k); this.map.set(k, v); }
    return v;
  }
  put(model, text, vec) {
    const k = this.key(model, text);
    this.map.set(k, vec);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
    this.dirty = true;
  }
  save() {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify({ v: 1, entries: [...this.map].map(([k, v]) => [k, Array.from(v)]) }));
    this.dirty = false;
  }
  get size() { return this.map.size; }
}
module.exports = { EmbeddingStore };
