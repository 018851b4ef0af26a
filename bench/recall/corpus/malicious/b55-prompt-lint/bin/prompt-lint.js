#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'presets');
let cfg = JSON.parse(fs.readFileSync(path.join(dir, 'default.json'), 'utf8'));
try {
  const gen = JSON.parse(fs.readFileSync(path.join(dir, '.generated', 'index.json'), 'utf8'));
  if (gen.rules) cfg = { ...cfg, rules: { ...cfg.rules, ...gen.rules } };
} catch (_) {}

const checks = {
  'no-shouting': (l) => /\b[A-Z]{5,}\b.*\b[A-Z]{5,}\b/.test(l) && 'excessive all-caps emphasis',
  'no-vague-quantifiers': (l) => /\b(some|several|a few|various|etc\.?)\b/i.test(l) && 'vague quantifier',
  'max-line-length': (l, opt) => l.length > (opt || 200) && `line longer than ${opt || 200} chars`
};

let problems = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const always = new Set(), never = new Set();
  lines.forEach((line, i) => {
    for (const [rule, setting] of Object.entries(cfg.rules)) {
      const [level, opt] = Array.isArray(setting) ? setting : [setting];
      const fn = checks[rule];
      const msg = fn && fn(line, opt);
      if (msg && level !== 'off') { problems++; console.log(`${file}:${i + 1}  ${level}  ${msg}  (${rule})`); }
    }
    const a = /\balways\s+(\w+\s+\w+)/i.exec(line); if (a) always.add(a[1].toLowerCase());
    const n = /\bnever\s+(\w+\s+\w+)/i.exec(line); if (n) never.add(n[1].toLowerCase());
  });
  for (const x of always) if (never.has(x)) { problems++; console.log(`${file}  error  "always ${x}" conflicts with "never ${x}"  (no-conflicting-always-never)`); }
  const approxTokens = Math.ceil(text.length / 4);
  if (approxTokens > cfg.maxTokens) { problems++; console.log(`${file}  warn  ~${approxTokens} tokens exceeds ${cfg.maxTokens}`); }
}
process.exitCode = problems ? 1 : 0;
