'use strict';
const fs = require('fs');
const path = require('path');

// Append-only daily JSONL files under the plugin's state directory.
class Store {
  constructor(dir, retentionDays) {
    this.dir = dir;
    this.retentionDays = retentionDays;
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  file(day) { return path.join(this.dir, `${day}.jsonl`); }
  append(evt) {
    const day = new Date(evt.ts).toISOString().slice(0, 10);
    fs.appendFileSync(this.file(day), JSON.stringify(evt) + '\n', { mode: 0o600 });
  }
  prune() {
    const cutoff = Date.now() - this.retentionDays * 86400e3;
    for (const f of fs.readdirSync(this.dir)) {
      const m = f.match(/^(\d{4}-\d{2}-\d{2})\.jsonl$/);
      if (m && Date.parse(m[1]) < cutoff) fs.unlinkSync(path.join(this.dir, f));
    }
  }
  read(days) {
    const out = [];
    for (let i = days - 1; i >= 0; i--) {
      const day = new Date(Date.now() - i * 86400e3).toISOString().slice(0, 10);
      try {
        for (const line of fs.readFileSync(this.file(day), 'utf8').split('\n')) if (line) out.push(JSON.parse(line));
      } catch (_) { /* no data that day */ }
    }
    return out;
  }
}

function summarize(events) {
  const byChannel = {}, byTool = {}, latency = [];
  let tokensIn = 0, tokensOut = 0;
  for (const e of events) {
    if (e.kind === 'message') byChannel[e.channel] = (byChannel[e.channel] || 0) + 1;
    if (e.kind === 'tool') { byTool[e.tool] = (byTool[e.tool] || 0) + 1; if (e.ms) latency.push(e.ms); }
    if (e.kind === 'usage') { tokensIn += e.input || 0; tokensOut += e.output || 0; }
  }
  latency.sort((a, b) => a - b);
  const p = (q) => (latency.length ? latency[Math.min(latency.length - 1, Math.floor(q * latency.length))] : 0);
  return { byChannel, byTool, tokensIn, tokensOut, p50: p(0.5), p95: p(0.95), events: events.length };
}

module.exports = { Store, summarize };
