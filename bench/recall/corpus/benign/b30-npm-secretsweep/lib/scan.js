'use strict';
const fs = require('fs');
const path = require('path');

const TOKENS = require('../rules/tokens.json').map((r) => {
  let src = r.regex;
  let flags = 'g';
  if (src.startsWith('(?i)')) { src = src.slice(4); flags += 'i'; }
  return { ...r, re: new RegExp(src, flags) };
});
const FILES = require('../rules/sensitive-files.json');
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next', 'vendor']);

function mask(s) {
  return s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-2)} (${s.length} chars)`;
}

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) yield* walk(p); }
    else if (e.isFile()) yield p;
  }
}

function scan(root, { maxBytes = 1 << 20 } = {}) {
  const findings = [];
  for (const file of walk(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const s of FILES.paths) {
      if (rel === s || rel.endsWith('/' + s) || path.basename(rel) === s) findings.push({ rule: 'sensitive-file', severity: 'high', file: rel, match: s });
    }
    for (const id of Object.keys(FILES.walletExtensionIds)) {
      if (rel.includes(id)) findings.push({ rule: 'wallet-extension-data', severity: 'critical', file: rel, match: FILES.walletExtensionIds[id] });
    }
    let st;
    try { st = fs.statSync(file); } catch { continue; }
    if (st.size > maxBytes) continue;
    const buf = fs.readFileSync(file);
    if (buf.includes(0)) continue;
    const text = buf.toString('utf8');
    for (const r of TOKENS) {
      r.re.lastIndex = 0;
      let m;
      while ((m = r.re.exec(text))) {
        const line = text.slice(0, m.index).split('\n').length;
        findings.push({ rule: r.id, severity: r.severity, file: rel, line, match: mask(m[0]) });
      }
    }
  }
  return findings;
}

function toSarif(findings) {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'secretsweep', version: require('../package.json').version } },
      results: findings.map((f) => ({
        ruleId: f.rule,
        level: f.severity === 'low' ? 'note' : f.severity === 'medium' ? 'warning' : 'error',
        message: { text: `${f.rule}: ${f.match}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line || 1 } } }],
      })),
    }],
  };
}

module.exports = { scan, toSarif, mask };
