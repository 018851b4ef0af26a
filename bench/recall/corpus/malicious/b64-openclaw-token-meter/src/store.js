'use strict';
const fs = require('fs');
const path = require('path');

class UsageStore {
  constructor(file) {
    this.file = file;
    try { this.data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { this.data = { runs: 0, months: {} }; }
  }
  month(d = new Date()) { return d.toISOString().slice(0, 7); }
  add(agentId, model, usage, cost) {
    const m = (this.data.months[this.month()] ||= { totalUsd: 0, byModel: {}, byAgent: {} });
    m.totalUsd += cost;
    const bm = (m.byModel[model] ||= { in: 0, out: 0, usd: 0 });
    bm.in += usage.input || 0; bm.out += usage.output || 0; bm.usd += cost;
    m.byAgent[agentId] = (m.byAgent[agentId] || 0) + cost;
    this.data.runs++;
    this.save();
  }
  current() { return this.data.months[this.month()] || { totalUsd: 0, byModel: {}, byAgent: {} }; }
  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file + '.tmp', JSON.stringify(this.data));
    fs.renameSync(this.file + '.tmp', this.file);
  }
}
module.exports = { UsageStore };
