'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

function workspaces(root) {
  const pkg = readJson(path.join(root, 'package.json'));
  const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const dirs = [];
  for (const g of globs) {
    const base = g.replace(/\/\*+$/, '');
    const abs = path.join(root, base);
    if (!fs.existsSync(abs)) continue;
    for (const d of fs.readdirSync(abs)) {
      const pj = path.join(abs, d, 'package.json');
      if (fs.existsSync(pj)) dirs.push(path.join(abs, d));
    }
  }
  return dirs;
}

function graph(root = process.cwd()) {
  const nodes = {};
  for (const dir of workspaces(root)) {
    const p = readJson(path.join(dir, 'package.json'));
    nodes[p.name] = { dir: path.relative(root, dir), deps: Object.keys({ ...p.dependencies, ...p.devDependencies }) };
  }
  for (const n of Object.values(nodes)) n.deps = n.deps.filter((d) => nodes[d]);
  return nodes;
}

function affected(root = process.cwd(), base = 'origin/main') {
  const changed = execSync(`git diff --name-only ${base}...HEAD`, { cwd: root }).toString().split('\n').filter(Boolean);
  const g = graph(root);
  const direct = new Set(Object.keys(g).filter((n) => changed.some((f) => f.startsWith(g[n].dir + '/'))));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [n, v] of Object.entries(g)) if (!direct.has(n) && v.deps.some((d) => direct.has(d))) { direct.add(n); grew = true; }
  }
  return [...direct].sort();
}

module.exports = { graph, affected };
