'use strict';
const fs = require('fs');
const path = require('path');

function npmLock(file) {
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  const out = [];
  for (const [key, meta] of Object.entries(j.packages || {})) {
    if (!key || !meta.version || meta.link) continue;
    const name = meta.name || key.split('node_modules/').pop();
    out.push({ ecosystem: 'npm', name, version: meta.version, dev: !!meta.dev, source: path.basename(file) });
  }
  return out;
}

function yarnLock(file) {
  const out = [];
  const text = fs.readFileSync(file, 'utf8');
  let names = null;
  for (const line of text.split('\n')) {
    if (/^\S.*:$/.test(line) && !line.startsWith('#')) {
      names = line.slice(0, -1).split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
    } else if (names && /^\s+version\s+"/.test(line)) {
      const version = line.match(/"(.+)"/)[1];
      const spec = names[0];
      const name = spec.startsWith('@') ? '@' + spec.slice(1).split('@')[0] : spec.split('@')[0];
      out.push({ ecosystem: 'npm', name, version, source: 'yarn.lock' });
      names = null;
    }
  }
  return out;
}

function requirements(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split('#')[0].trim())
    .filter((l) => /^[A-Za-z0-9_.\-\[\]]+==[^\s;]+/.test(l))
    .map((l) => {
      const [n, v] = l.split('==');
      return { ecosystem: 'PyPI', name: n.replace(/\[.*\]/, '').toLowerCase(), version: v.trim(), source: path.basename(file) };
    });
}

function poetryLock(file) {
  const out = [];
  let cur = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '[[package]]') {
      if (cur.name) out.push(cur);
      cur = { ecosystem: 'PyPI', source: 'poetry.lock' };
    }
    const m = line.match(/^(name|version)\s*=\s*"(.+)"/);
    if (m) cur[m[1]] = m[2];
  }
  if (cur.name) out.push(cur);
  return out;
}

const PARSERS = {
  'package-lock.json': npmLock,
  'yarn.lock': yarnLock,
  'requirements.txt': requirements,
  'poetry.lock': poetryLock,
};

function collect(dir) {
  const deps = [];
  for (const [fname, fn] of Object.entries(PARSERS)) {
    const p = path.join(dir, fname);
    if (fs.existsSync(p)) deps.push(...fn(p));
  }
  const seen = new Set();
  return deps.filter((d) => {
    const k = `${d.ecosystem}:${d.name}@${d.version}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

module.exports = { collect, npmLock, yarnLock, requirements, poetryLock };
