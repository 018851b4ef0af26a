'use strict';
const fs = require('fs');
const path = require('path');
const rules = require('./rules');

const CODE_EXT = /\.(?:c?js|mjs|ts|sh|ps1|py)$/;
const MAX_FILE = 2 * 1024 * 1024;

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (CODE_EXT.test(e.name)) yield p;
  }
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

/** Scan an unpacked package directory. Returns findings; never executes anything. */
function scanPackage(dir) {
  const findings = [];
  const pkgPath = path.join(dir, 'package.json');
  if (fs.existsSync(pkgPath)) {
    const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
    for (const [name, cmd] of Object.entries(pkg.scripts || {})) {
      if (!/^(?:pre|post)?install$|^prepare$/.test(name)) continue;
      for (const r of rules.filter((x) => x.where === 'scripts')) {
        if (r.re.test(cmd)) findings.push({ rule: r.id, severity: r.severity, file: 'package.json', detail: `scripts.${name}: ${cmd}` });
      }
    }
  }
  for (const file of walk(dir)) {
    if (fs.statSync(file).size > MAX_FILE) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const r of rules.filter((x) => x.where === 'code')) {
      const m = r.re.exec(text);
      if (m) findings.push({ rule: r.id, severity: r.severity, file: path.relative(dir, file), line: lineOf(text, m.index), detail: m[0].slice(0, 120) });
    }
  }
  return findings;
}

function score(findings) {
  const w = { high: 10, medium: 4, low: 1 };
  return findings.reduce((s, f) => s + w[f.severity], 0);
}

module.exports = { scanPackage, score, rules };
