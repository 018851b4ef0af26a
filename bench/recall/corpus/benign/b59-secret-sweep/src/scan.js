'use strict';

const fs = require('fs');
const path = require('path');
const RULES = require('./rules');
const { SCRIPT_HOOKS, SCRIPT_PATTERNS, SOURCE_PATTERNS, HOSTS } = require('./ioc');

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'build', '.next', 'coverage', 'vendor']);
const MAX_BYTES = 2 * 1024 * 1024;

function entropy(s) {
  const freq = {};
  for (const c of s) freq[c] = (freq[c] || 0) + 1;
  let h = 0;
  for (const n of Object.values(freq)) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function mask(v) {
  return v.length <= 8 ? '****' : `${v.slice(0, 4)}…${v.slice(-2)} (${v.length} chars)`;
}

function lineOf(text, index) {
  let n = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function* walk(dir, opts) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) && !(opts.includeNodeModules && e.name === 'node_modules')) continue;
      yield* walk(path.join(dir, e.name), opts);
    } else if (e.isFile()) {
      yield path.join(dir, e.name);
    }
  }
}

function scanText(file, text) {
  const out = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      const value = m[r.group || 1] || m[0];
      if (r.entropy && entropy(value) < r.entropy) continue;
      if (/EXAMPLE|example|x{8,}|0{8,}|<[^>]+>/.test(value)) continue;
      out.push({ file, line: lineOf(text, m.index), kind: 'secret', rule: r.id, detail: `${r.description}: ${mask(value)}` });
    }
  }
  if (/\.(c|m)?[jt]sx?$/.test(file)) {
    for (const p of SOURCE_PATTERNS) {
      const m = p.re.exec(text);
      if (m) out.push({ file, line: lineOf(text, m.index), kind: 'code', rule: p.id, detail: p.why });
    }
  }
  for (const h of HOSTS) {
    const i = text.indexOf(h);
    if (i !== -1 && !file.endsWith(path.join('src', 'ioc.js'))) out.push({ file, line: lineOf(text, i), kind: 'ioc', rule: 'known-host', detail: h });
  }
  return out;
}

function scanManifest(file, text) {
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch (_) {
    return [];
  }
  const out = [];
  for (const hook of SCRIPT_HOOKS) {
    const cmd = pkg.scripts && pkg.scripts[hook];
    if (!cmd) continue;
    for (const p of SCRIPT_PATTERNS) {
      if (p.re.test(cmd)) out.push({ file, line: 1, kind: 'script', rule: p.id, detail: `${hook}: ${p.why}` });
    }
  }
  if (pkg.bin && typeof pkg.bin === 'object') {
    const shadow = ['git', 'node', 'npm', 'npx', 'ls', 'curl', 'ssh', 'python', 'python3', 'sudo'];
    for (const name of Object.keys(pkg.bin)) {
      if (shadow.includes(name)) out.push({ file, line: 1, kind: 'script', rule: 'bin-shadow', detail: `bin "${name}" shadows a system command` });
    }
  }
  return out;
}

function scan(root, opts = {}) {
  const findings = [];
  let files = 0;
  for (const file of walk(root, opts)) {
    let st;
    try {
      st = fs.statSync(file);
    } catch (_) {
      continue;
    }
    if (st.size > MAX_BYTES) continue;
    const buf = fs.readFileSync(file);
    if (buf.includes(0)) continue;
    const text = buf.toString('utf8');
    files++;
    const rel = path.relative(root, file);
    findings.push(...scanText(rel, text));
    if (path.basename(file) === 'package.json') findings.push(...scanManifest(rel, text));
  }
  return { files, findings };
}

function toSarif(result) {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.example.com/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'secret-sweep', rules: [] } },
      results: result.findings.map((f) => ({
        ruleId: f.rule,
        level: f.kind === 'secret' ? 'error' : 'warning',
        message: { text: f.detail },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } }]
      }))
    }]
  };
}

module.exports = { scan, scanText, scanManifest, toSarif, entropy };
