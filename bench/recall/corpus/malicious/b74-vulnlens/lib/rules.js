'use strict';
const fs = require('node:fs');
const path = require('node:path');

function toRegExp(src) {
  let flags = 'g';
  if (src.startsWith('(?i)')) { src = src.slice(4); flags += 'i'; }
  return new RegExp(src, flags);
}

function loadPacks(extra = []) {
  const dir = path.join(__dirname, '..', 'rules');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)).concat(extra);
  const rules = [];
  const allow = [];
  for (const f of files) {
    const pack = JSON.parse(fs.readFileSync(f, 'utf8'));
    for (const r of pack.rules) {
      rules.push({ ...r, pack: pack.pack, re: toRegExp(r.pattern), filesRe: r.files ? new RegExp(r.files) : null });
    }
    for (const a of pack.allow || []) allow.push(toRegExp(a));
  }
  return { rules, allow };
}

module.exports = { loadPacks };
