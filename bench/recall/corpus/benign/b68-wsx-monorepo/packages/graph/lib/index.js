'use strict';
const fs = require('fs');
const path = require('path');

function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

function expandGlob(root, pattern) {
  // supports "dir/*" and "dir/**" and literal paths, which covers almost every workspaces config
  const clean = pattern.replace(/\/$/, '');
  if (!clean.includes('*')) return fs.existsSync(path.join(root, clean, 'package.json')) ? [path.join(root, clean)] : [];
  const base = clean.slice(0, clean.indexOf('*')).replace(/\/$/, '');
  const deep = clean.endsWith('**');
  const out = [];
  (function walk(dir, depth) {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (fs.existsSync(path.join(full, 'package.json'))) out.push(full);
      if (deep && depth < 4) walk(full, depth + 1);
    }
  })(path.join(root, base), 0);
  return out;
}

function workspacePatterns(root) {
  const pkg = readJson(path.join(root, 'package.json'));
  if (Array.isArray(pkg.workspaces)) return pkg.workspaces;
  if (pkg.workspaces && Array.isArray(pkg.workspaces.packages)) return pkg.workspaces.packages;
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    return fs.readFileSync(pnpm, 'utf8').split('\n').map((l) => /^\s*-\s*['"]?([^'"#]+)['"]?/.exec(l)).filter(Boolean).map((m) => m[1].trim());
  }
  return [];
}

function discover(root) {
  const include = [], exclude = [];
  for (const p of workspacePatterns(root)) (p.startsWith('!') ? exclude : include).push(p.replace(/^!/, ''));
  const excluded = new Set(exclude.flatMap((p) => expandGlob(root, p)));
  const dirs = [...new Set(include.flatMap((p) => expandGlob(root, p)))].filter((d) => !excluded.has(d));
  return dirs.map((dir) => {
    const pkg = readJson(path.join(dir, 'package.json'));
    return { name: pkg.name, version: pkg.version, dir, scripts: pkg.scripts || {}, deps: { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies } };
  });
}

function toposort(workspaces) {
  const byName = new Map(workspaces.map((w) => [w.name, w]));
  const indeg = new Map(workspaces.map((w) => [w.name, 0]));
  const edges = new Map(workspaces.map((w) => [w.name, []]));
  for (const w of workspaces) {
    for (const d of Object.keys(w.deps || {})) {
      if (!byName.has(d) || d === w.name) continue;
      edges.get(d).push(w.name);
      indeg.set(w.name, indeg.get(w.name) + 1);
    }
  }
  const levels = [];
  let frontier = [...indeg].filter(([, n]) => n === 0).map(([k]) => k).sort();
  let seen = 0;
  while (frontier.length) {
    levels.push(frontier.map((n) => byName.get(n)));
    seen += frontier.length;
    const next = [];
    for (const n of frontier) for (const m of edges.get(n)) { indeg.set(m, indeg.get(m) - 1); if (indeg.get(m) === 0) next.push(m); }
    frontier = next.sort();
  }
  if (seen !== workspaces.length) {
    const cyc = [...indeg].filter(([, n]) => n > 0).map(([k]) => k);
    throw new Error(`dependency cycle between workspaces: ${cyc.join(', ')}`);
  }
  return levels;
}

module.exports = { discover, toposort, workspacePatterns };
