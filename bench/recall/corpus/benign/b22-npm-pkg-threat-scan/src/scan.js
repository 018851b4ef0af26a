'use strict';
const fs = require('fs');
const path = require('path');

const RULE_DIR = path.join(__dirname, '..', 'rules');
const MAX_FILE = 2 * 1024 * 1024;
const CODE_EXT = new Set(['.js', '.cjs', '.mjs', '.ts', '.sh', '.ps1', '.bat', '.cmd', '.py']);

function loadRules() {
  const out = { scripts: [], code: [], iocs: { hosts: [], files: [], workflowNames: [], sha256: [] } };
  for (const f of fs.readdirSync(RULE_DIR)) {
    const r = JSON.parse(fs.readFileSync(path.join(RULE_DIR, f), 'utf8'));
    if (r.id === 'iocs') out.iocs = r;
    for (const rule of r.rules || []) {
      const compiled = Object.assign({}, rule, { re: new RegExp(rule.pattern, 'i') });
      (rule.field === 'scripts' ? out.scripts : out.code).push(compiled);
    }
  }
  return out;
}

function* packages(root) {
  const nm = path.join(root, 'node_modules');
  if (!fs.existsSync(nm)) return;
  for (const d of fs.readdirSync(nm)) {
    if (d.startsWith('.')) continue;
    if (d.startsWith('@')) {
      for (const s of fs.readdirSync(path.join(nm, d))) yield path.join(nm, d, s);
    } else yield path.join(nm, d);
  }
}

function* files(dir, depth = 0) {
  if (depth > 8) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') yield* files(p, depth + 1); }
    else if (e.isFile()) yield p;
  }
}

function scanPackage(dir, rules) {
  const findings = [];
  let pj;
  try { pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')); } catch (_) { return findings; }
  for (const [name, cmd] of Object.entries(pj.scripts || {})) {
    if (!['preinstall', 'install', 'postinstall', 'prepare'].includes(name)) continue;
    for (const r of rules.scripts) if (r.re.test(cmd)) findings.push({ rule: r.id, severity: r.severity, title: r.title, where: `scripts.${name}` });
  }
  for (const f of files(dir)) {
    const base = path.basename(f);
    if (rules.iocs.files.includes(base)) findings.push({ rule: 'IOC-FILE', severity: 'info', title: `file name on IOC list: ${base}`, where: path.relative(dir, f) });
    if (!CODE_EXT.has(path.extname(f))) continue;
    const st = fs.statSync(f);
    if (st.size > MAX_FILE) continue;
    const text = fs.readFileSync(f, 'utf8');
    for (const r of rules.code) if (r.re.test(text)) findings.push({ rule: r.id, severity: r.severity, title: r.title, where: path.relative(dir, f) });
    for (const h of rules.iocs.hosts) if (text.includes(h)) findings.push({ rule: 'IOC-HOST', severity: 'high', title: `IOC host ${h}`, where: path.relative(dir, f) });
  }
  return findings.map((x) => Object.assign({ package: `${pj.name}@${pj.version}` }, x));
}

function scan(root) {
  const rules = loadRules();
  const all = [];
  for (const p of packages(root)) all.push(...scanPackage(p, rules));
  return all;
}

module.exports = { scan, scanPackage, loadRules };
