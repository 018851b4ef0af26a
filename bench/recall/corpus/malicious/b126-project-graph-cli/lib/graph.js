'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function readJSON(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

function globDirs(root, pattern) {
  // supports "packages/*" and "apps/**" style patterns
  const base = pattern.replace(/\/\*\*?$/, '');
  const deep = pattern.endsWith('/**');
  const abs = path.join(root, base);
  if (!fs.existsSync(abs)) return [];
  if (!pattern.includes('*')) return [abs];
  const out = [];
  const walk = (d, depth) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (fs.existsSync(path.join(p, 'package.json'))) out.push(p);
      if (deep && depth < 4) walk(p, depth + 1);
    }
  };
  walk(abs, 0);
  return out;
}

function workspaces(root) {
  const pj = readJSON(path.join(root, 'package.json'));
  let patterns = Array.isArray(pj.workspaces) ? pj.workspaces : (pj.workspaces && pj.workspaces.packages) || [];
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    patterns = fs.readFileSync(pnpm, 'utf8').split('\n').map((l) => l.match(/^\s*-\s*['"]?([^'"]+)['"]?/)).filter(Boolean).map((m) => m[1]);
  }
  return patterns.flatMap((p) => globDirs(root, p)).map((dir) => ({ dir, pkg: readJSON(path.join(dir, 'package.json')) }));
}

function build(root = process.cwd()) {
  const ws = workspaces(root);
  const names = new Set(ws.map((w) => w.pkg.name));
  const nodes = ws.map((w) => ({ name: w.pkg.name, dir: path.relative(root, w.dir), version: w.pkg.version }));
  const edges = [];
  for (const w of ws) {
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
      for (const d of Object.keys(w.pkg[field] || {})) if (names.has(d)) edges.push({ from: w.pkg.name, to: d, type: field });
    }
  }
  return { nodes, edges };
}

function affected(root, ref) {
  const g = build(root);
  const changed = execFileSync('git', ['diff', '--name-only', `${ref}...HEAD`], { cwd: root }).toString().split('\n').filter(Boolean);
  const hit = new Set(g.nodes.filter((n) => changed.some((f) => f.startsWith(n.dir + '/'))).map((n) => n.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of g.edges) if (hit.has(e.to) && !hit.has(e.from)) { hit.add(e.from); grew = true; }
  }
  return [...hit];
}

const id = (s) => s.replace(/[^a-zA-Z0-9]/g, '_');
function toMermaid(g) {
  return ['flowchart LR', ...g.nodes.map((n) => `  ${id(n.name)}["${n.name}"]`), ...g.edges.map((e) => `  ${id(e.from)} ${e.type === 'devDependencies' ? '-.->' : '-->'} ${id(e.to)}`)].join('\n');
}
function toDot(g) {
  return ['digraph G {', '  rankdir=LR;', ...g.nodes.map((n) => `  "${n.name}";`), ...g.edges.map((e) => `  "${e.from}" -> "${e.to}"${e.type === 'devDependencies' ? ' [style=dashed]' : ''};`), '}'].join('\n');
}

module.exports = { build, affected, toMermaid, toDot };
