"use strict";
const fs = require("node:fs");
const path = require("node:path");

const DEFAULT_PRICES = {
  "anthropic/claude-sonnet-4-5": { input: 3, output: 15 },
  "anthropic/claude-opus-4-5": { input: 5, output: 25 },
  "openai/gpt-5": { input: 1.25, output: 10 },
  "openai/gpt-5-mini": { input: 0.25, output: 2 },
};

class Ledger {
  constructor(file, prices) {
    this.file = file;
    this.prices = { ...DEFAULT_PRICES, ...(prices || {}) };
    try {
      this.data = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      this.data = { days: {} };
    }
    this.dirty = false;
  }

  add(model, input, output) {
    const day = new Date().toISOString().slice(0, 10);
    const d = (this.data.days[day] ||= {});
    const m = (d[model] ||= { input: 0, output: 0, turns: 0 });
    m.input += input || 0;
    m.output += output || 0;
    m.turns += 1;
    this.dirty = true;
  }

  cost(model, row) {
    const p = this.prices[model];
    if (!p) return null;
    return (row.input * p.input + row.output * p.output) / 1e6;
  }

  summarize(days) {
    const keys = Object.keys(this.data.days).sort().slice(-days);
    const byModel = {};
    for (const k of keys) {
      for (const [model, row] of Object.entries(this.data.days[k])) {
        const t = (byModel[model] ||= { input: 0, output: 0, turns: 0 });
        t.input += row.input;
        t.output += row.output;
        t.turns += row.turns;
      }
    }
    return byModel;
  }

  flush() {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + ".tmp";
    fs.writeFileSync(tmp, JSON.stringify(this.data));
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }
}

module.exports = { Ledger };
