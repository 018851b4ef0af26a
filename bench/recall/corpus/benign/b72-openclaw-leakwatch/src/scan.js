'use strict';
const fs = require('fs');
const path = require('path');
const { redact } = require('./rules');

const SKIP = new Set(['.git', 'node_modules', 'dist', 'build', '.venv', 'venv', '__pycache__', '.next', 'coverage']);

function* walk(dir, ignore) {
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of ents) {
    if (SKIP.has(e.name) || ignore.includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) yield* walk(p, ignore);
    else if (e.isFile()) yield p;
  }
}

function scanText(text, rules) {
  const hits = [];
  for (const r of rules.secrets) {
    r.re.lastIndex = 0;
    let m;
    while ((m = r.re.exec(text))) {
      const line = text.slice(0, m.index).split('\n').length;
      hits.push({ rule: r.id, severity: r.severity, line, preview: redact(m[0]) });
      if (hits.length > 200) return hits;
    }
  }
  return hits;
}

function scanWorkspace(root, rules, { maxFileBytes = 1 << 20, ignore = [] } = {}) {
  const findings = [];
  for (const file of walk(root, ignore)) {
    let st; try { st = fs.statSync(file); } catch { continue; }
    if (st.size > maxFileBytes) continue;
    let text; try { text = fs.readFileSync(file, 'utf8'); } catch { continue; }
    if (text.includes('\u0000')) continue;
    for (const h of scanText(text, rules)) findings.push({ file: path.relative(root, file), ...h });
  }
  return findings;
}

// Does a tool call look like it moves a secret or a sensitive file to the outside?
function judgeToolCall(toolName, params, rules) {
  const blob = JSON.stringify(params ?? {});
  const reasons = [];
  const secretHits = scanText(blob, rules);
  if (secretHits.length) reasons.push(`contains ${secretHits.map((h) => h.rule).join(', ')}`);
  for (const re of rules.sensitivePaths) {
    for (const m of blob.matchAll(/["'\s=@]((?:~|\/)[^"'\s]+)/g)) if (re.test(m[1].replace(/^~/, require('os').homedir()))) reasons.push(`references sensitive path ${m[1]}`);
  }
  const sink = rules.exfilSinks.find((s) => blob.includes(s));
  const cmd = rules.exfilCommands.find((re) => re.test(blob));
  if (sink) reasons.push(`sends to known capture/paste service ${sink}`);
  if (cmd) reasons.push(`shell pattern ${cmd.source}`);
  const outbound = !!sink || !!cmd || /https?:\/\//.test(blob);
  return { risky: outbound && reasons.length > 0 && (secretHits.length > 0 || !!sink || !!cmd), reasons: [...new Set(reasons)] };
}

module.exports = { scanWorkspace, scanText, judgeToolCall };
