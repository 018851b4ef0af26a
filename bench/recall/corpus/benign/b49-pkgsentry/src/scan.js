'use strict';
const fs = require('fs');
const path = require('path');
const { loadRules, applies } = require('./rules');

const NET = /\b(https?\.request|https?\.get|fetch\(|axios|urllib\.request|requests\.(get|post)|Invoke-WebRequest|curl\s)/;
const MAX = 2 << 20;

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== '.git') yield* walk(p); }
    else yield p;
  }
}

function lifecycleText(pkgJson) {
  const s = pkgJson.scripts || {};
  return ['preinstall', 'install', 'postinstall'].map((k) => s[k]).filter(Boolean).join('\n');
}

function scanDir(root, rules = loadRules()) {
  const findings = [];
  for (const file of walk(root)) {
    const rel = path.relative(root, file);
    if (fs.statSync(file).size > MAX) { findings.push({ rule: 'info-large-file', severity: 'info', file: rel }); continue; }
    let text = fs.readFileSync(file, 'utf8');
    if (path.basename(file) === 'package.json') {
      try { text = lifecycleText(JSON.parse(text)); } catch { continue; }
    }
    const net = NET.test(text);
    for (const r of rules) {
      if (!applies(r, file)) continue;
      const anyHit = r.any.length ? r.any.find((re) => re.test(text)) : null;
      const allHit = r.all.length && r.all.every((re) => re.test(text));
      if (!anyHit && !allHit) continue;
      let severity = r.severity;
      if (r.correlate && r.correlate.with === 'capability-network-outbound' && net) severity = r.correlate.escalate_to;
      const line = text.split('\n').findIndex((l) => (anyHit ? anyHit.test(l) : r.all[0].test(l))) + 1;
      findings.push({ rule: r.id, severity, file: rel, line: line || undefined, description: r.description });
    }
  }
  return findings;
}

module.exports = { scanDir };
