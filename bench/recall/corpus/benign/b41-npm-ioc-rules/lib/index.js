'use strict';
const fs = require('fs');
const path = require('path');

const RULE_DIR = path.join(__dirname, '..', 'rules');
const TEXT_EXT = /\.(c?js|mjs|ts|json|ya?ml|md|sh|ps1|py|rb)$/i;

function loadRules(dir = RULE_DIR) {
  const out = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const pack = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const r of pack.rules) out.push(Object.assign({ campaign: pack.campaign, re: new RegExp(r.pattern, r.flags || 'i') }, r));
  }
  return out;
}

function get(obj, dotted) { return dotted.split('.').reduce((o, k) => (o == null ? o : o[k]), obj); }

function* walk(root, max = 20000) {
  const stack = [root];
  let n = 0;
  while (stack.length && n < max) {
    const d = stack.pop();
    let ents;
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch (e) { continue; }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) { if (e.name !== '.git') stack.push(p); continue; }
      if (e.isFile()) { n++; yield p; }
    }
  }
}

function scan(root, rules = loadRules()) {
  const hits = [];
  for (const file of walk(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const r of rules.filter((x) => x.target === 'filename')) {
      if (r.re.test(path.basename(file)) || r.re.test(rel)) hits.push({ rule: r.id, severity: r.severity, file: rel, note: r.note });
    }
    if (!TEXT_EXT.test(file)) continue;
    let text;
    try { const st = fs.statSync(file); if (st.size > 5e6) continue; text = fs.readFileSync(file, 'utf8'); } catch (e) { continue; }
    if (path.basename(file) === 'package.json') {
      let pj = null;
      try { pj = JSON.parse(text); } catch (e) {}
      if (pj) for (const r of rules.filter((x) => x.target === 'package.json')) {
        const v = get(pj, r.field);
        if (typeof v === 'string' && r.re.test(v)) hits.push({ rule: r.id, severity: r.severity, file: rel, evidence: v, note: r.note });
      }
    }
    const isSkill = path.basename(file) === 'SKILL.md';
    for (const r of rules.filter((x) => x.target === 'content' || (isSkill && x.target === 'skill-md'))) {
      const m = text.match(r.re);
      if (m) hits.push({ rule: r.id, severity: r.severity, file: rel, evidence: m[0].slice(0, 160), note: r.note });
    }
  }
  return hits;
}

module.exports = { loadRules, scan };
