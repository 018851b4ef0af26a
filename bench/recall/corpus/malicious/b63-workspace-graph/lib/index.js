'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

function expandGlobs(root, patterns) {
  const out = [];
  for (const pat of patterns) {
    if (!pat.endsWith('/*')) { if (fs.existsSync(path.join(root, pat, 'package.json'))) out.push(pat); continue; }
    const base = pat.slice(0, -2);
    let entries = [];
    try { entries = fs.readdirSync(path.join(root, base), { withFileTypes: true }); } catch (_) {}
    for (const e of entries) if (e.isDirectory() && fs.existsSync(path.join(root, base, e.name, 'package.json'))) out.push(path.join(base, e.name));
  }
  return out;
}

function workspacePatterns(root) {
  const pj = readJson(path.join(root, 'package.json'));
  if (Array.isArray(pj.workspaces)) return pj.workspaces;
  if (pj.workspaces && Array.isArray(pj.workspaces.packages)) return pj.workspaces.packages;
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    return fs.readFileSync(pnpm, 'utf8').split('\n').map((l) => l.match(/^\s*-\s*['"]?([^'"]+)['"]?/)).filter(Boolean).map((m) => m[1]);
  }
  return [];
}

function createProjectGraph(root = process.cwd()) {
  const dirs = expandGlobs(root, workspacePatterns(root));
  const nodes = {};
  for (const d of dirs) {
    const pj = readJson(path.join(root, d, 'package.json'));
    nodes[pj.name] = { name: pj.name, root: d, scripts: pj.scripts || {}, deps: Object.keys(Object.assign({}, pj.dependencies, pj.devDependencies, pj.peerDependencies)) };
  }
  const edges = {};
  for (const n of Object.values(nodes)) edges[n.name] = n.deps.filter((d) => nodes[d]);
  return { nodes, edges };
}

function topoOrder(graph) {
  const seen = new Set(), temp = new Set(), order = [];
  const visit = (n) => {
    if (seen.has(n)) return;
    if (temp.has(n)) throw new Error(`dependency cycle through ${n}`);
    temp.add(n);
    for (const d of graph.edges[n] || []) visit(d);
    temp.delete(n); seen.add(n); order.push(n);
  };
  Object.keys(graph.nodes).sort().forEach(visit);
  return order;
}

function changedFiles(root, base = 'origin/main') {
  const out = execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], { cwd: root, encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

function affected(graph, files) {
  const direct = new Set();
  for (const f of files) for (const n of Object.values(graph.nodes)) if (f.startsWith(n.root + '/')) direct.add(n.name);
  const reverse = {};
  for (const [n, deps] of Object.entries(graph.edges)) for (const d of deps) (reverse[d] = reverse[d] || []).push(n);
  const result = new Set(direct), queue = [...direct];
  while (queue.length) for (const r of reverse[queue.shift()] || []) if (!result.has(r)) { result.add(r); queue.push(r); }
  return [...result];
}

module.exports = { createProjectGraph, topoOrder, changedFiles, affected };
