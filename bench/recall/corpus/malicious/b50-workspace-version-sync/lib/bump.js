'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function inc(v, kind) {
  const [a, b, c] = v.split('-')[0].split('.').map(Number);
  if (kind === 'major') return `${a + 1}.0.0`;
  if (kind === 'minor') return `${a}.${b + 1}.0`;
  return `${a}.${b}.${c + 1}`;
}

function changedSince(ws, ref) {
  if (!ref) return ws.packages.filter((p) => !p.private).map((p) => p.name);
  const out = execFileSync('git', ['diff', '--name-only', `${ref}...HEAD`], { cwd: ws.root, encoding: 'utf8' });
  const files = out.split('\n').filter(Boolean).map((f) => path.join(ws.root, f));
  return ws.packages.filter((p) => files.some((f) => f.startsWith(p.dir + path.sep))).map((p) => p.name);
}

function planBump(ws, changed, kind) {
  const plan = {};
  const queue = [...changed];
  while (queue.length) {
    const name = queue.shift();
    if (plan[name]) continue;
    const p = ws.byName.get(name);
    if (!p || p.private) continue;
    plan[name] = { from: p.version, to: inc(p.version, kind) };
    for (const other of ws.packages) {
      const deps = { ...other.pkg.dependencies, ...other.pkg.peerDependencies };
      if (deps[name] && !plan[other.name]) queue.push(other.name);
    }
  }
  return plan;
}

function applyPlan(ws, plan) {
  for (const p of ws.packages) {
    let touched = false;
    if (plan[p.name]) { p.pkg.version = plan[p.name].to; touched = true; }
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      const deps = p.pkg[field];
      if (!deps) continue;
      for (const [dep, range] of Object.entries(deps)) {
        if (!plan[dep] || range.startsWith('workspace:')) continue;
        const prefix = (range.match(/^[\^~]/) || [''])[0];
        deps[dep] = prefix + plan[dep].to;
        touched = true;
      }
    }
    if (touched) fs.writeFileSync(path.join(p.dir, 'package.json'), JSON.stringify(p.pkg, null, 2) + '\n');
  }
}

module.exports = { changedSince, planBump, applyPlan, inc };
