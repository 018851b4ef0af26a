'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function readProjects(root) {
  const ws = path.join(root, 'packages');
  if (!fs.existsSync(ws)) return [];
  return fs.readdirSync(ws).filter((d) => fs.existsSync(path.join(ws, d, 'package.json'))).map((d) => {
    const pj = JSON.parse(fs.readFileSync(path.join(ws, d, 'package.json'), 'utf8'));
    return { name: pj.name, root: path.join('packages', d), deps: Object.keys(Object.assign({}, pj.dependencies, pj.devDependencies)) };
  });
}

function graph(root) {
  const projects = readProjects(root);
  const names = new Set(projects.map((p) => p.name));
  const edges = {};
  for (const p of projects) edges[p.name] = p.deps.filter((d) => names.has(d));
  return { nodes: projects.map((p) => p.name), edges };
}

function affected(root, base) {
  const changed = execFileSync('git', ['diff', '--name-only', base], { cwd: root }).toString().split('\n').filter(Boolean);
  const projects = readProjects(root);
  const hit = new Set(projects.filter((p) => changed.some((f) => f.startsWith(p.root + '/'))).map((p) => p.name));
  const g = graph(root);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [n, deps] of Object.entries(g.edges)) if (!hit.has(n) && deps.some((d) => hit.has(d))) { hit.add(n); grew = true; }
  }
  return [...hit];
}

module.exports = { graph, affected };
