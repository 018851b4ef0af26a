'use strict';
const fs = require('fs');
const path = require('path');

function readProjects(root = process.cwd()) {
  const projects = {};
  const walk = (dir, depth) => {
    if (depth > 4) return;
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!ent.isDirectory() || ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
      const p = path.join(dir, ent.name);
      const pj = path.join(p, 'package.json');
      if (fs.existsSync(pj)) {
        const pkg = JSON.parse(fs.readFileSync(pj, 'utf8'));
        projects[pkg.name] = { root: path.relative(root, p), deps: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }) };
      }
      walk(p, depth + 1);
    }
  };
  walk(root, 0);
  return projects;
}

function graph(projects) {
  const names = new Set(Object.keys(projects));
  const edges = {};
  for (const [n, p] of Object.entries(projects)) edges[n] = p.deps.filter((d) => names.has(d));
  return edges;
}

function affected(edges, changed) {
  const out = new Set(changed);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [n, deps] of Object.entries(edges)) {
      if (!out.has(n) && deps.some((d) => out.has(d))) { out.add(n); grew = true; }
    }
  }
  return [...out];
}

module.exports = { readProjects, graph, affected };
