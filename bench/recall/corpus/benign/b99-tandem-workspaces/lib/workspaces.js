'use strict';
const fs = require('node:fs');
const path = require('node:path');

function globToRegExp(glob) {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${re}$`);
}

function listDirs(root, rel = '', depth = 0, out = []) {
  if (depth > 4) return out;
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    out.push(r);
    listDirs(root, r, depth + 1, out);
  }
  return out;
}

function readWorkspaces(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  let globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (!globs.length && fs.existsSync(pnpm)) {
    globs = fs.readFileSync(pnpm, 'utf8').split('\n')
      .map((l) => l.match(/^\s*-\s*['"]?([^'"#]+?)['"]?\s*$/))
      .filter(Boolean).map((m) => m[1]);
  }
  const include = globs.filter((g) => !g.startsWith('!')).map(globToRegExp);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globToRegExp(g.slice(1)));
  const result = [];
  for (const dir of listDirs(root)) {
    if (!include.some((r) => r.test(dir)) || exclude.some((r) => r.test(dir))) continue;
    const file = path.join(root, dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    result.push({ name: p.name, dir: path.join(root, dir), pkg: p });
  }
  return result;
}

function topoLevels(workspaces) {
  const names = new Set(workspaces.map((w) => w.name));
  const deps = new Map();
  for (const w of workspaces) {
    const all = { ...w.pkg.dependencies, ...w.pkg.devDependencies, ...w.pkg.peerDependencies };
    deps.set(w.name, Object.keys(all).filter((d) => names.has(d) && d !== w.name));
  }
  const levels = [];
  const done = new Set();
  while (done.size < workspaces.length) {
    const level = workspaces.filter((w) => !done.has(w.name) && deps.get(w.name).every((d) => done.has(d)));
    if (!level.length) {
      const stuck = workspaces.filter((w) => !done.has(w.name)).map((w) => w.name);
      throw new Error(`Dependency cycle between workspaces: ${stuck.join(', ')}`);
    }
    level.forEach((w) => done.add(w.name));
    levels.push(level);
  }
  return levels;
}

module.exports = { readWorkspaces, topoLevels, globToRegExp };
