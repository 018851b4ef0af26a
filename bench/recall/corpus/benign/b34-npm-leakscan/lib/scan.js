'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const load = (f) => require(path.join(__dirname, '..', 'rules', f)).map((r) => ({ ...r, re: new RegExp(r.regex.replace(/^\(\?i\)/, ''), r.regex.startsWith('(?i)') ? 'gi' : 'g') }));
const RULES = [...load('secrets.json'), ...load('supply-chain.json')];

function stagedFiles(cwd) {
  return execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM'], { cwd, encoding: 'utf8' }).split('\n').filter(Boolean);
}

function scanText(file, text) {
  const out = [];
  for (const r of RULES) {
    if (r.files && !r.files.includes(path.basename(file))) continue;
    r.re.lastIndex = 0;
    let m;
    while ((m = r.re.exec(text))) {
      const line = text.slice(0, m.index).split('\n').length;
      const v = m[0];
      out.push({ file, line, rule: r.id, severity: r.severity, match: v.length > 12 ? v.slice(0, 4) + '…' + v.slice(-4) : v });
      if (!r.re.global) break;
    }
  }
  return out;
}

function scan(files, cwd = process.cwd()) {
  const findings = [];
  for (const f of files) {
    const p = path.resolve(cwd, f);
    let st; try { st = fs.statSync(p); } catch { continue; }
    if (!st.isFile() || st.size > 2e6) continue;
    findings.push(...scanText(f, fs.readFileSync(p, 'utf8')));
  }
  return findings;
}

module.exports = { scan, scanText, stagedFiles, RULES };
