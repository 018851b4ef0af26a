'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

function globDirs(root, pattern) {
  // supports "packages/*" and "apps/**" style patterns (one wildcard segment)
  const parts = pattern.replace(/\/$/, '').split('/');
  let dirs = [root];
  for (const part of parts) {
    const next = [];
    for (const d of dirs) {
      if (part === '*' || part === '**') {
        let entries = [];
        try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch (_) {}
        for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) next.push(path.join(d, e.name));
      } else next.push(path.join(d, part));
    }
    dirs = next;
  }
  return dirs.filter((d) => fs.existsSync(path.join(d, 'package.json')));
}

function workspacePatterns(root) {
  const pj = readJson(path.join(root, 'package.json'));
  if (Array.isArray(pj.workspaces)) return pj.workspaces;
  if (pj.workspaces && Array.isArray(pj.workspaces.packages)) return pj.workspaces.packages;
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    return fs.readFileSync(pnpm, 'utf8').split('\n')
      .map((l) => /^\s*-\s*['"]?([^'"]+)['"]?\s*$/.exec(l)).filter(Boolean).map((m) => m[1]);
  }
  return [];
}

function loadGraph(root = process.cwd()) {
  const projects = new Map();
  for (const pat of workspacePatterns(root)) {
    for (const dir of globDirs(root, pat)) {
      const pj = readJson(path.join(dir, 'package.json'));
      projects.set(pj.name, { name: pj.name, dir: path.relative(root, dir), pkg: pj, deps: [] });
    }
  }
  for (const p of projects.values()) {
    const all = { ...p.pkg.dependencies, ...p.pkg.devDependencies, ...p.pkg.peerDependencies };
    p.deps = Object.keys(all).filter((n) => projects.has(n));
  }
  return projects;
}

function topoOrder(projects) {
  const order = [];
  const state = new Map();
  const visit = (name, trail) => {
    const s = state.get(name);
    if (s === 2) return;
    if (s === 1) throw new Error('dependency cycle: ' + trail.concat(name).join(' -> '));
    state.set(name, 1);
    for (const d of projects.get(name).deps) visit(d, trail.concat(name));
    state.set(name, 2);
    order.push(name);
  };
  for (const name of projects.keys()) visit(name, []);
  return order;
}

function affected(projects, base, root = process.cwd()) {
  const out = execFileSync('git', ['diff', '--name-only', base + '...HEAD'], { cwd: root, encoding: 'utf8' });
  const changed = out.split('\n').filter(Boolean);
  const hit = new Set();
  for (const p of projects.values()) if (changed.some((f) => f.startsWith(p.dir + '/'))) hit.add(p.name);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of projects.values()) {
      if (!hit.has(p.name) && p.deps.some((d) => hit.has(d))) { hit.add(p.name); grew = true; }
    }
  }
  return topoOrder(projects).filter((n) => hit.has(n));
}

function toDot(projects) {
  const lines = ['digraph workspace {', '  rankdir=LR;'];
  for (const p of projects.values()) {
    lines.push(`  "${p.name}";`);
    for (const d of p.deps) lines.push(`  "${p.name}" -> "${d}";`);
  }
  lines.push('}');
  return lines.join('\n');
}

module.exports = { loadGraph, topoOrder, affected, toDot };
