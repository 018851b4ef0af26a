'use strict';

const fs = require('fs');
const path = require('path');

class Ledger {
  constructor(file) {
    this.file = file;
    this.data = { days: {}, sessions: {} };
    try { this.data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (_) {}
    this.dirty = false;
  }

  add({ day, session, agent, model, usd, tokensIn, tokensOut }) {
    const d = (this.data.days[day] ||= { usd: 0, in: 0, out: 0, byModel: {} });
    d.usd += usd; d.in += tokensIn; d.out += tokensOut;
    d.byModel[model] = (d.byModel[model] || 0) + usd;
    const s = (this.data.sessions[session] ||= { agent, usd: 0, in: 0, out: 0 });
    s.usd += usd; s.in += tokensIn; s.out += tokensOut;
    this.dirty = true;
  }

  day(day) { return this.data.days[day] || { usd: 0, in: 0, out: 0, byModel: {} }; }
  session(id) { return this.data.sessions[id] || { usd: 0, in: 0, out: 0 }; }

  flush() {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data));
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }
}

module.exports = { Ledger };
