'use strict';
const fs = require('fs');
const path = require('path');

const STOP = new Set('a an and are as at be but by for from has have i in is it its me my of on or that the this to was were will with you your'.split(' '));
function terms(s) { return String(s).toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w)); }

class FactStore {
  constructor(file, max) { this.file = file; this.max = max; this.facts = []; this.load(); }
  load() { try { this.facts = JSON.parse(fs.readFileSync(this.file, 'utf8')); } catch (_) { this.facts = []; } }
  save() { fs.mkdirSync(path.dirname(this.file), { recursive: true }); fs.writeFileSync(this.file, JSON.stringify(this.facts), { mode: 0o600 }); }
  add(text, meta = {}) {
    const t = text.trim(); if (!t) return;
    const dup = this.facts.find((f) => f.text.toLowerCase() === t.toLowerCase());
    if (dup) { dup.seen = Date.now(); dup.hits++; return; }
    this.facts.push({ text: t, terms: terms(t), at: Date.now(), seen: Date.now(), hits: 1, ...meta });
    if (this.facts.length > this.max) { this.facts.sort((a, b) => b.seen - a.seen); this.facts.length = this.max; }
  }
  recall(query, k) {
    const q = new Set(terms(query));
    if (!q.size) return [];
    const now = Date.now();
    return this.facts.map((f) => {
      let s = 0; for (const t of f.terms) if (q.has(t)) s++;
      return { f, s: s ? s + Math.log1p(f.hits) * 0.3 + 1 / (1 + (now - f.seen) / 864e5) : 0 };
    }).filter((x) => x.s > 0).sort((a, b) => b.s - a.s).slice(0, k).map((x) => x.f.text);
  }
}

const PATTERNS = [
  /\b(?:i am|i'm|my name is|call me)\s+([^.,!?\n]{2,40})/i,
  /\bi (?:live|work|study) (?:in|at|for)\s+([^.,!?\n]{2,60})/i,
  /\bmy (\w+(?: \w+)?) is ([^.!?\n]{2,80})/i,
  /\bi (?:like|love|prefer|hate|dislike)\s+([^.!?\n]{2,80})/i,
  /\bremember (?:that )?([^\n]{4,200})/i,
];
function extract(text) {
  const out = [];
  for (const line of String(text).split(/(?<=[.!?])\s+|\n/)) for (const re of PATTERNS) if (re.test(line)) { out.push(line.trim()); break; }
  return out;
}

module.exports = { FactStore, extract, terms };
