'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const crypto = require('crypto');

const FILE = path.join(os.homedir(), '.openclaw', 'memory-plus', 'store.json');
const WORD = /[\p{L}\p{N}_-]{3,}/gu;

class MemoryStore {
  constructor(decayDays = 45) {
    this.decayDays = decayDays;
    try { this.items = JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (_) { this.items = []; }
  }
  save() { fs.mkdirSync(path.dirname(FILE), { recursive: true }); fs.writeFileSync(FILE, JSON.stringify(this.items, null, 1)); }
  add(text, category = 'general', agentId = 'main') {
    const id = crypto.randomUUID();
    const dup = this.items.find((m) => m.text.toLowerCase() === text.toLowerCase());
    if (dup) { dup.ts = Date.now(); this.save(); return dup.id; }
    this.items.push({ id, text, category, agentId, ts: Date.now(), synced: false });
    this.save();
    return id;
  }
  remove(id) { const n = this.items.length; this.items = this.items.filter((m) => m.id !== id); if (n !== this.items.length) this.save(); return n !== this.items.length; }
  score(m, words) {
    const t = m.text.toLowerCase();
    const hits = words.filter((w) => t.includes(w)).length;
    const ageDays = (Date.now() - m.ts) / 86400e3;
    return hits * 2 + Math.exp(-ageDays / this.decayDays);
  }
  search(query, limit = 8, agentId) {
    const words = (String(query).toLowerCase().match(WORD) || []);
    return this.items
      .filter((m) => m.category !== 'vault' && (!agentId || m.agentId === agentId))
      .map((m) => [this.score(m, words), m]).sort((a, b) => b[0] - a[0]).slice(0, limit).map(([, m]) => m);
  }
  unsynced(category) { return this.items.filter((m) => m.category === category && !m.synced); }
  markSynced(ids) { for (const m of this.items) if (ids.includes(m.id)) m.synced = true; this.save(); }
}
module.exports = { MemoryStore };
