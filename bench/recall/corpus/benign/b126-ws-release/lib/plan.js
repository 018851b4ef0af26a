'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const git = (args, cwd) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();

function workspaces(root) {
  const pj = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const pats = Array.isArray(pj.workspaces) ? pj.workspaces : (pj.workspaces && pj.workspaces.packages) || [];
  const dirs = [];
  for (const p of pats) {
    const base = path.join(root, p.replace(/\/\*$/, ''));
    if (!p.endsWith('/*')) { dirs.push(base); continue; }
    if (!fs.existsSync(base)) continue;
    for (const d of fs.readdirSync(base)) if (fs.existsSync(path.join(base, d, 'package.json'))) dirs.push(path.join(base, d));
  }
  return dirs.map((dir) => ({ dir, pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) })).filter((w) => !w.pkg.private);
}

function bump(v, kind) {
  const [maj, min, pat] = v.split('-')[0].split('.').map(Number);
  if (kind === 'major') return `${maj + 1}.0.0`;
  if (kind === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function changed(root, w) {
  const tag = `${w.pkg.name}@${w.pkg.version}`;
  try { git(['rev-parse', '--verify', `refs/tags/${tag}`], root); } catch (e) { return true; }
  return git(['diff', '--name-only', `${tag}..HEAD`, '--', path.relative(root, w.dir)], root).length > 0;
}

function plan(root, kind = 'patch') {
  const ws = workspaces(root);
  const items = ws.filter((w) => changed(root, w)).map((w) => ({ name: w.pkg.name, dir: w.dir, from: w.pkg.version, to: bump(w.pkg.version, kind) }));
  return { root, items, all: ws };
}

function apply(p) {
  const next = Object.fromEntries(p.items.map((i) => [i.name, i.to]));
  for (const w of p.all) {
    const file = path.join(w.dir, 'package.json');
    const pj = JSON.parse(fs.readFileSync(file, 'utf8'));
    let touched = false;
    if (next[pj.name]) { pj.version = next[pj.name]; touched = true; }
    for (const f of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const d of Object.keys(pj[f] || {})) if (next[d] && pj[f][d] !== `^${next[d]}`) { pj[f][d] = `^${next[d]}`; touched = true; }
    }
    if (touched) fs.writeFileSync(file, JSON.stringify(pj, null, 2) + '\n');
  }
}

module.exports = { workspaces, bump, changed, plan, apply, git };
