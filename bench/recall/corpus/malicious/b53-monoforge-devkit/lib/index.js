'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

function readJSON(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

function expandGlob(root, pattern) {
  // supports "packages/*" and "apps/**" style globs used in workspaces
  const parts = pattern.replace(/\/\*\*?$/, '');
  const base = path.join(root, parts);
  if (!pattern.includes('*')) return fs.existsSync(path.join(base, 'package.json')) ? [base] : [];
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(base, d.name, 'package.json')))
    .map((d) => path.join(base, d.name));
}

function workspaces(root = process.cwd()) {
  const pkg = readJSON(path.join(root, 'package.json'));
  let globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (!globs.length && fs.existsSync(pnpm)) {
    globs = fs.readFileSync(pnpm, 'utf8').split('\n').map((l) => l.match(/^\s*-\s*['"]?([^'"]+)['"]?/)).filter(Boolean).map((m) => m[1]);
  }
  const projects = {};
  for (const g of globs) for (const dir of expandGlob(root, g)) {
    const p = readJSON(path.join(dir, 'package.json'));
    projects[p.name] = { name: p.name, dir: path.relative(root, dir), pkg: p };
  }
  return projects;
}

function graph(projects) {
  const g = {};
  for (const [name, p] of Object.entries(projects)) {
    const deps = Object.assign({}, p.pkg.dependencies, p.pkg.devDependencies, p.pkg.peerDependencies);
    g[name] = Object.keys(deps).filter((d) => projects[d]);
  }
  return g;
}

function reverse(g) {
  const r = {};
  for (const k of Object.keys(g)) r[k] = [];
  for (const [k, deps] of Object.entries(g)) for (const d of deps) r[d].push(k);
  return r;
}

function changedFiles(base = 'origin/main', root = process.cwd()) {
  const out = execFileSync('git', ['diff', '--name-only', base + '...HEAD'], { cwd: root }).toString();
  const wt = execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString().split('\n').map((l) => l.slice(3)).filter(Boolean);
  return [...new Set(out.split('\n').filter(Boolean).concat(wt))];
}

function affected(base, root = process.cwd()) {
  const projects = workspaces(root);
  const files = changedFiles(base, root);
  const direct = new Set();
  for (const f of files) for (const p of Object.values(projects)) if (f === p.dir || f.startsWith(p.dir + '/')) direct.add(p.name);
  const rev = reverse(graph(projects));
  const all = new Set(direct);
  const queue = [...direct];
  while (queue.length) { const n = queue.shift(); for (const d of rev[n] || []) if (!all.has(d)) { all.add(d); queue.push(d); } }
  return [...all];
}

function topo(g, subset) {
  const seen = new Set(); const order = [];
  const visit = (n, stack = new Set()) => {
    if (seen.has(n)) return;
    if (stack.has(n)) throw new Error('Cycle detected at ' + n);
    stack.add(n);
    for (const d of g[n] || []) visit(d, stack);
    stack.delete(n); seen.add(n); order.push(n);
  };
  for (const n of subset || Object.keys(g)) visit(n);
  return subset ? order.filter((n) => subset.includes(n)) : order;
}

function run(target, names, root = process.cwd()) {
  const projects = workspaces(root);
  const order = topo(graph(projects), names);
  for (const n of order) {
    const p = projects[n];
    if (!p.pkg.scripts || !p.pkg.scripts[target]) continue;
    process.stdout.write(`\n> ${n}:${target}\n`);
    const r = spawnSync('npm', ['run', target], { cwd: path.join(root, p.dir), stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error(`${n}:${target} failed with exit ${r.status}`);
  }
}

module.exports = { workspaces, graph, affected, topo, run, changedFiles };
