'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', '.next', 'coverage', 'vendor', '.venv']);
const HOME_TARGETS = ['.npmrc', '.netrc', '.git-credentials', '.aws/credentials', '.docker/config.json', '.openclaw/openclaw.json', '.config/gh/hosts.yml'];

function compile(pattern) {
  let flags = 'g';
  if (pattern.startsWith('(?i)')) { pattern = pattern.slice(4); flags += 'i'; }
  return new RegExp(pattern, flags);
}

function globToRe(g) {
  return new RegExp('(^|/)' + g.replace(/^\*\*\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*') + '$');
}

function loadPacks(names) {
  const dir = path.join(__dirname, '..', 'rules');
  const rules = [];
  const allow = new Set();
  for (const n of names) {
    const pack = JSON.parse(fs.readFileSync(path.join(dir, `${n}.json`), 'utf8'));
    for (const r of pack.rules) rules.push({ ...r, re: compile(r.pattern), pathRes: (r.paths || []).map(globToRe) });
    for (const a of pack.allow || []) allow.add(a);
  }
  return { rules, allow };
}

function* walk(dir) {
  let ents;
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) yield* walk(p); }
    else if (e.isFile()) yield p;
  }
}

function redact(s) {
  return s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-2)} (${s.length} chars)`;
}

function scanText(file, text, { rules, allow }) {
  const out = [];
  const lines = text.split('\n');
  for (const r of rules) {
    if (r.pathRes.length && !r.pathRes.some((re) => re.test(file.split(path.sep).join('/')))) continue;
    lines.forEach((line, i) => {
      r.re.lastIndex = 0;
      let m;
      while ((m = r.re.exec(line))) {
        if ([...allow].some((a) => m[0].includes(a))) continue;
        out.push({ rule: r.id, severity: r.severity, file, line: i + 1, match: redact(m[0]) });
      }
    });
  }
  return out;
}

function scan({ roots = ['.'], packs = ['default', 'agents'], includeHome = false, maxBytes = 1 << 20 } = {}) {
  const compiled = loadPacks(packs);
  const files = [];
  for (const r of roots) for (const f of walk(path.resolve(r))) files.push(f);
  if (includeHome) for (const rel of HOME_TARGETS) { const p = path.join(os.homedir(), rel); if (fs.existsSync(p)) files.push(p); }
  const findings = [];
  for (const f of files) {
    let st;
    try { st = fs.statSync(f); } catch { continue; }
    if (st.size > maxBytes) continue;
    const buf = fs.readFileSync(f);
    if (buf.includes(0)) continue; // binary
    findings.push(...scanText(f, buf.toString('utf8'), compiled));
  }
  return { files: files.length, findings };
}

module.exports = { scan, scanText, loadPacks, redact };
