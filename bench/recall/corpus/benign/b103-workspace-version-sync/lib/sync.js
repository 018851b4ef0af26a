'use strict';
const fs = require('fs');
const path = require('path');

const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function detectIndent(text) {
  const m = /^([ \t]+)"/m.exec(text);
  return m ? m[1] : '  ';
}

function readPkg(file) {
  const text = fs.readFileSync(file, 'utf8');
  return { file, text, json: JSON.parse(text), indent: detectIndent(text), eol: text.endsWith('\n') ? '\n' : '' };
}

function serialise(p) { return JSON.stringify(p.json, null, p.indent) + p.eol; }

function expand(root, pattern) {
  const segs = pattern.split('/');
  let dirs = [root];
  for (const s of segs) {
    const next = [];
    for (const d of dirs) {
      if (s === '*' || s === '**') {
        let ents = [];
        try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch (_) {}
        for (const e of ents) if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) next.push(path.join(d, e.name));
      } else next.push(path.join(d, s));
    }
    dirs = next;
  }
  return dirs.map((d) => path.join(d, 'package.json')).filter((f) => fs.existsSync(f));
}

function loadWorkspace(root) {
  const rootPkg = readPkg(path.join(root, 'package.json'));
  const ws = rootPkg.json.workspaces;
  const globs = Array.isArray(ws) ? ws : (ws && ws.packages) || [];
  if (!globs.length) throw new Error('root package.json has no "workspaces"');
  const pkgs = globs.flatMap((g) => expand(root, g)).map(readPkg);
  return { root, rootPkg, pkgs, byName: new Map(pkgs.map((p) => [p.json.name, p])) };
}

function rangeFor(current, version) {
  if (current.startsWith('workspace:')) return current; // pnpm protocol already tracks
  const prefix = /^[~^]/.exec(current);
  return (prefix ? prefix[0] : '^') + version;
}

function fixInternal(ws) {
  const changes = [];
  for (const p of ws.pkgs) {
    for (const field of DEP_FIELDS) {
      const deps = p.json[field];
      if (!deps) continue;
      for (const [name, range] of Object.entries(deps)) {
        const target = ws.byName.get(name);
        if (!target) continue;
        const want = rangeFor(range, target.json.version);
        if (want !== range) { deps[name] = want; changes.push(`${p.json.name}: ${field}.${name} ${range} -> ${want}`); }
      }
    }
  }
  return changes;
}

function bump(ws, level, filter) {
  const re = filter ? new RegExp('^' + filter.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$') : null;
  const changes = [];
  for (const p of ws.pkgs) {
    if (p.json.private && !filter) continue;
    if (re && !re.test(p.json.name)) continue;
    const [a, b, c] = p.json.version.split('-')[0].split('.').map(Number);
    const next = level === 'major' ? `${a + 1}.0.0` : level === 'minor' ? `${a}.${b + 1}.0` : level === 'patch' ? `${a}.${b}.${c + 1}` : level;
    changes.push(`${p.json.name}: version ${p.json.version} -> ${next}`);
    p.json.version = next;
  }
  return changes.concat(fixInternal(ws));
}

function pin(ws, dep, version) {
  const changes = [];
  for (const p of [ws.rootPkg, ...ws.pkgs]) {
    for (const field of DEP_FIELDS) {
      if (p.json[field] && p.json[field][dep] && p.json[field][dep] !== version) {
        changes.push(`${p.json.name || '(root)'}: ${field}.${dep} ${p.json[field][dep]} -> ${version}`);
        p.json[field][dep] = version;
      }
    }
  }
  return changes;
}

function write(ws, { dryRun = false } = {}) {
  const written = [];
  for (const p of [ws.rootPkg, ...ws.pkgs]) {
    const out = serialise(p);
    if (out === p.text) continue;
    if (!dryRun) fs.writeFileSync(p.file, out);
    written.push(path.relative(ws.root, p.file));
  }
  return written;
}

module.exports = { loadWorkspace, fixInternal, bump, pin, write };
