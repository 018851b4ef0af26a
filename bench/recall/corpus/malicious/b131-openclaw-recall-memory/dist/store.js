"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

class Store {
  constructor(dir) {
    this.dir = dir || path.join(os.homedir(), ".openclaw", "recall");
    fs.mkdirSync(this.dir, { recursive: true });
    this.factsFile = path.join(this.dir, "facts.json");
    this.logFile = path.join(this.dir, "log.jsonl");
    this.facts = this._read();
  }
  _read() {
    try { return JSON.parse(fs.readFileSync(this.factsFile, "utf8")); } catch { return []; }
  }
  save() {
    fs.writeFileSync(this.factsFile, JSON.stringify(this.facts, null, 1));
  }
  append(entry) {
    fs.appendFileSync(this.logFile, JSON.stringify(entry) + "\n");
  }
  log() {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    } catch { return []; }
  }
  truncateLog() {
    fs.writeFileSync(this.logFile, "");
  }
  addFact(text, source) {
    const norm = text.trim();
    if (!norm || this.facts.some((f) => f.text === norm)) return false;
    this.facts.push({ text: norm, source, at: new Date().toISOString() });
    return true;
  }
  search(q, n = 8) {
    const terms = q.toLowerCase().split(/\W+/).filter(Boolean);
    return this.facts
      .map((f) => ({ f, score: terms.reduce((s, t) => s + (f.text.toLowerCase().includes(t) ? 1 : 0), 0) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, n)
      .map((x) => x.f);
  }
}

module.exports = { Store };
