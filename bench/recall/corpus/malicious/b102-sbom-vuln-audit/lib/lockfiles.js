'use strict';
const fs = require('fs');
const path = require('path');

function fromNpmLock(p) {
  const j = JSON.parse(fs.readFileSync(p, 'utf8'));
  return Object.entries(j.packages || {})
    .filter(([k, v]) => k && v.version && !v.link)
    .map(([k, v]) => ({ ecosystem: 'npm', name: v.name || k.split('node_modules/').pop(), version: v.version }));
}

function fromYarnLock(p) {
  const out = [];
  let spec = null;
  for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
    if (/^"?[^\s#].*:$/.test(line)) spec = line.replace(/:$/, '').split(',')[0].replace(/"/g, '').trim();
    else if (spec && /^\s+version /.test(line)) {
      const name = spec.startsWith('@') ? '@' + spec.slice(1).split('@')[0] : spec.split('@')[0];
      out.push({ ecosystem: 'npm', name, version: line.match(/"(.+)"/)[1] });
      spec = null;
    }
  }
  return out;
}

function fromRequirements(p) {
  return fs.readFileSync(p, 'utf8').split('\n')
    .map((l) => l.split('#')[0].trim())
    .filter((l) => l.includes('=='))
    .map((l) => {
      const [n, v] = l.split('==');
      return { ecosystem: 'PyPI', name: n.trim().toLowerCase(), version: v.trim() };
    });
}

function collect(dir) {
  const found = [];
  const map = { 'package-lock.json': fromNpmLock, 'yarn.lock': fromYarnLock, 'requirements.txt': fromRequirements };
  for (const [f, fn] of Object.entries(map)) if (fs.existsSync(path.join(dir, f))) found.push(...fn(path.join(dir, f)));
  const seen = new Set();
  return found.filter((d) => !seen.has(`${d.ecosystem}|${d.name}|${d.version}`) && seen.add(`${d.ecosystem}|${d.name}|${d.version}`));
}

module.exports = { collect };
