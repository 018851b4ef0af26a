'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const RULES = require('./rules');

const HOME_FILES = [
  '.npmrc', '.yarnrc.yml', '.aws/credentials', '.docker/config.json', '.git-credentials',
  '.config/gh/hosts.yml', '.openclaw/openclaw.json', '.openclaw/credentials',
];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);

function mask(s) {
  return s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-4)}`;
}

function* walk(p) {
  let st;
  try { st = fs.statSync(p); } catch { return; }
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p)) if (!SKIP_DIRS.has(e)) yield* walk(path.join(p, e));
  } else if (st.isFile() && st.size < 2 * 1024 * 1024) {
    yield { file: p, mode: st.mode };
  }
}

function tracked(file) {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', path.basename(file)], { cwd: path.dirname(file), stdio: 'ignore' });
    return true;
  } catch { return false; }
}

function scanFile({ file, mode }) {
  const text = fs.readFileSync(file, 'utf8');
  const out = [];
  text.split('\n').forEach((line, i) => {
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      let m;
      while ((m = rule.re.exec(line))) {
        out.push({ file, line: i + 1, rule: rule.id, preview: mask(m[1] || m[0]), worldReadable: !!(mode & 0o004) });
      }
    }
  });
  if (out.length) {
    const t = tracked(file);
    out.forEach((f) => { f.gitTracked = t; });
  }
  return out;
}

function scan(roots, { home = false } = {}) {
  const targets = [...roots];
  if (home) targets.push(...HOME_FILES.map((f) => path.join(os.homedir(), f)));
  const findings = [];
  for (const r of targets) for (const f of walk(r)) findings.push(...scanFile(f));
  return findings;
}

module.exports = { scan, mask };
