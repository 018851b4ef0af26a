'use strict';
const fs = require('fs');
const path = require('path');

function globToRe(glob) {
  return new RegExp('^' + glob.replace(/\/$/, '').split('/').map(seg =>
    seg === '**' ? '(?:.*)' : seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('/') + '$');
}

function workspaceGlobs(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  let globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (!globs.length && fs.existsSync(pnpm)) {
    globs = fs.readFileSync(pnpm, 'utf8').split('\n').map(l => /^\s*-\s*['"]?([^'"#]+?)['"]?\s*$/.exec(l)).filter(Boolean).map(m => m[1]);
  }
  return globs;
}

function findWorkspaces(root) {
  const res = workspaceGlobs(root).filter(g => !g.startsWith('!')).map(globToRe);
  const neg = workspaceGlobs(root).filter(g => g.startsWith('!')).map(g => globToRe(g.slice(1)));
  const out = [];
  const walk = (rel, depth) => {
    if (depth > 4) return;
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (!d.isDirectory() || d.name === 'node_modules' || d.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${d.name}` : d.name;
      const pj = path.join(root, r, 'package.json');
      if (res.some(re => re.test(r)) && !neg.some(re => re.test(r)) && fs.existsSync(pj)) {
        out.push({ dir: r, file: pj, json: JSON.parse(fs.readFileSync(pj, 'utf8')) });
      }
      walk(r, depth + 1);
    }
  };
  walk('', 0);
  return out;
}

function inc(v, kind) {
  const [a, b, c] = v.split('-')[0].split('.').map(Number);
  return kind === 'major' ? `${a + 1}.0.0` : kind === 'minor' ? `${a}.${b + 1}.0` : kind === 'patch' ? `${a}.${b}.${c + 1}` : kind;
}

function plan(root, kind, names, all) {
  const ws = findWorkspaces(root);
  const byName = new Map(ws.map(w => [w.json.name, w]));
  const targets = all ? ws.filter(w => !w.json.private) : names.map(n => byName.get(n) || (() => { throw new Error(`not a workspace package: ${n}`); })());
  const newVersions = new Map(targets.map(t => [t.json.name, inc(t.json.version, kind)]));
  const edits = [];
  for (const w of ws) {
    const changes = [];
    if (newVersions.has(w.json.name)) changes.push(['version', w.json.version, newVersions.get(w.json.name)]);
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(w.json[field] || {})) {
        if (!newVersions.has(dep)) continue;
        const m = /^(workspace:)?([\^~]?)(.*)$/.exec(range);
        if (m[1] && (m[3] === '*' || m[3] === '')) continue;
        changes.push([`${field}.${dep}`, range, `${m[1] || ''}${m[2]}${newVersions.get(dep)}`]);
      }
    }
    if (changes.length) edits.push({ ws: w, changes });
  }
  return edits;
}

function apply(edits) {
  for (const { ws, changes } of edits) {
    for (const [key, , to] of changes) {
      if (key === 'version') ws.json.version = to;
      else { const [field, ...dep] = key.split('.'); ws.json[field][dep.join('.')] = to; }
    }
    const indent = /^(\s+)"/m.exec(fs.readFileSync(ws.file, 'utf8'));
    fs.writeFileSync(ws.file, JSON.stringify(ws.json, null, indent ? indent[1] : 2) + '\n');
  }
}

module.exports = { findWorkspaces, plan, apply, inc };
