'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage', '.next', 'vendor']);
const MAX_BYTES = 1 << 20;

function loadRules(dirs) {
  const rules = [];
  for (const d of dirs) for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.json'))) {
    for (const r of JSON.parse(fs.readFileSync(path.join(d, f), 'utf8'))) rules.push({ ...r, re: new RegExp(r.pattern, 'g'), pack: f });
  }
  return rules;
}

function listFiles(root, { staged }) {
  if (staged) {
    const out = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM', '-z'], { cwd: root, encoding: 'utf8' });
    return out.split('\0').filter(Boolean).map((f) => path.join(root, f));
  }
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (SKIP.has(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (e.isFile()) files.push(p);
    }
  })(root);
  return files;
}

function scopeMatches(rule, file) {
  const s = rule.scope || 'any';
  if (s === 'any') return true;
  if (s === 'js') return /\.(c|m)?(j|t)sx?$/.test(file);
  if (s === 'package.json#scripts') return path.basename(file) === 'package.json';
  return true;
}

function textFor(rule, file, text) {
  if (rule.scope !== 'package.json#scripts') return text;
  try { return Object.values(JSON.parse(text).scripts || {}).join('\n'); } catch { return ''; }
}

function scan(root, opts = {}) {
  const rules = loadRules([path.join(__dirname, '..', 'rules'), ...(opts.extraRules || [])]);
  const findings = [];
  for (const file of listFiles(root, opts)) {
    let st; try { st = fs.statSync(file); } catch { continue; }
    if (st.size > MAX_BYTES) continue;
    const buf = fs.readFileSync(file);
    if (buf.includes(0)) continue;
    const text = buf.toString('utf8');
    for (const rule of rules) {
      if (!scopeMatches(rule, file)) continue;
      const hay = textFor(rule, file, text);
      rule.re.lastIndex = 0;
      let m;
      while ((m = rule.re.exec(hay))) {
        const line = hay.slice(0, m.index).split('\n').length;
        const ev = m[0].length > 12 ? m[0].slice(0, 6) + '…' + m[0].slice(-4) : m[0];
        findings.push({ rule: rule.id, severity: rule.severity, file: path.relative(root, file), line, evidence: ev, description: rule.description });
        if (!rule.re.global) break;
      }
    }
  }
  return findings;
}
module.exports = { scan, loadRules };
