'use strict';
// Walks a package or skill directory and applies rules/default.json. Pure static
// analysis: nothing from the scanned package is required, imported or executed.
const fs = require('fs');
const path = require('path');

const CODE_EXT = new Set(['.js', '.cjs', '.mjs', '.ts', '.sh', '.ps1', '.py', '.json', '.gyp', '.yml', '.yaml']);
const MAX_FILE = 2 * 1024 * 1024;

function loadRules(file) {
  const raw = JSON.parse(fs.readFileSync(file || path.join(__dirname, '..', 'rules', 'default.json'), 'utf8'));
  return raw.rules.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') }));
}

function* walk(dir, depth = 0) {
  if (depth > 12) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== '.git') yield* walk(p, depth + 1); }
    else if (e.isFile()) yield p;
  }
}

function lineOf(text, idx) { return text.slice(0, idx).split('\n').length; }

function scan(dir, opts = {}) {
  const rules = loadRules(opts.rules);
  const findings = [];
  const pkgFile = path.join(dir, 'package.json');
  if (fs.existsSync(pkgFile)) {
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    for (const [name, cmd] of Object.entries(pkg.scripts || {})) {
      if (!/^(pre|post)?install$/.test(name)) continue;
      for (const r of rules.filter((x) => x.target === 'lifecycle' || x.target === 'any')) {
        if (r.re.test(cmd)) findings.push({ rule: r.id, severity: r.severity, file: 'package.json', where: `scripts.${name}`, why: r.why });
      }
    }
    if (fs.existsSync(path.join(dir, 'binding.gyp')) && !(pkg.scripts || {}).install) {
      findings.push({ rule: 'implicit-node-gyp', severity: 'info', file: 'binding.gyp', why: 'npm will run node-gyp rebuild; review <!(...) command expansions' });
    }
  }
  for (const f of walk(dir)) {
    const rel = path.relative(dir, f);
    const isSkill = path.basename(f) === 'SKILL.md' || (rel.endsWith('.md') && fs.existsSync(path.join(dir, 'SKILL.md')));
    if (!isSkill && !CODE_EXT.has(path.extname(f))) continue;
    if (fs.statSync(f).size > MAX_FILE) { findings.push({ rule: 'oversize', severity: 'info', file: rel }); continue; }
    const text = fs.readFileSync(f, 'utf8');
    for (const r of rules) {
      if (r.target === 'lifecycle') continue;
      if (r.target === 'skill' && !isSkill) continue;
      if (r.target === 'code' && isSkill) continue;
      const m = r.re.exec(text);
      if (m) findings.push({ rule: r.id, severity: r.severity, file: rel, line: lineOf(text, m.index), why: r.why });
    }
  }
  const summary = { critical: 0, warn: 0, info: 0 };
  for (const x of findings) summary[x.severity]++;
  return { dir, summary, findings };
}

module.exports = { scan, loadRules };
