'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const RULES = require('./rules');

const SKIP_DIR = new Set(['.git', 'node_modules', 'dist', 'build', 'coverage', '.next', 'vendor']);
const MAX = 2 * 1024 * 1024;

function entropy(s) {
  const f = {};
  for (const c of s) f[c] = (f[c] || 0) + 1;
  return Object.values(f).reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
}

const mask = s => s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-4)}`;

function listFiles(paths, { staged } = {}) {
  if (staged) return execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  if (!paths.length) {
    try { return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean); } catch { paths = ['.']; }
  }
  const out = [];
  const walk = p => {
    let st; try { st = fs.statSync(p); } catch { return; }
    if (st.isDirectory()) { if (!SKIP_DIR.has(path.basename(p))) for (const e of fs.readdirSync(p)) walk(path.join(p, e)); }
    else if (st.isFile()) out.push(p);
  };
  paths.forEach(walk);
  return out;
}

function scanFile(file) {
  let buf;
  try { const st = fs.statSync(file); if (st.size > MAX) return []; buf = fs.readFileSync(file); } catch { return []; }
  if (buf.includes(0)) return [];
  const lines = buf.toString('utf8').split('\n');
  const found = [];
  lines.forEach((line, i) => {
    if (line.includes('leakguard:allow')) return;
    for (const r of RULES) {
      r.re.lastIndex = 0;
      let m;
      while ((m = r.re.exec(line))) {
        const secret = m[1];
        if (r.entropy && entropy(secret) < r.entropy) continue;
        found.push({ rule: r.id, file, line: i + 1, col: m.index + 1, preview: mask(secret) });
      }
    }
  });
  return found;
}

function scan(paths = [], opts = {}) {
  return listFiles(paths, opts).flatMap(scanFile);
}

function toSarif(findings) {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'leakguard', rules: RULES.map(r => ({ id: r.id })) } },
      results: findings.map(f => ({
        ruleId: f.rule, level: 'error', message: { text: `Possible ${f.rule} (${f.preview})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.col } } }]
      }))
    }]
  };
}

module.exports = { scan, scanFile, toSarif, entropy, mask };
