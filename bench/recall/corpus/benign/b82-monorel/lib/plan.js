'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function workspaces(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const dirs = [];
  for (const g of globs) {
    if (g.endsWith('/*')) {
      const base = path.join(root, g.slice(0, -2));
      if (!fs.existsSync(base)) continue;
      for (const d of fs.readdirSync(base)) {
        if (fs.existsSync(path.join(base, d, 'package.json'))) dirs.push(path.join(base, d));
      }
    } else if (fs.existsSync(path.join(root, g, 'package.json'))) {
      dirs.push(path.join(root, g));
    }
  }
  return dirs.map((dir) => ({ dir, pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) }));
}

function lastTag(root, name) {
  try { return git(root, 'describe', '--tags', '--abbrev=0', '--match', `${name}@*`); } catch (_) { return null; }
}

function bump(v, kind) {
  const [maj, min, pat] = v.split('-')[0].split('.').map(Number);
  if (kind === 'major') return `${maj + 1}.0.0`;
  if (kind === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function kindFromCommits(subjects) {
  if (subjects.some((s) => /^[a-z]+(\(.+\))?!:|BREAKING CHANGE/.test(s))) return 'major';
  if (subjects.some((s) => /^feat(\(.+\))?:/.test(s))) return 'minor';
  return 'patch';
}

function plan(root) {
  const out = [];
  for (const w of workspaces(root)) {
    if (w.pkg.private) continue;
    const tag = lastTag(root, w.pkg.name);
    const rel = path.relative(root, w.dir);
    const range = tag ? `${tag}..HEAD` : 'HEAD';
    const log = git(root, 'log', '--format=%s', range, '--', rel);
    if (!log) continue;
    const subjects = log.split('\n');
    const kind = kindFromCommits(subjects);
    out.push({ name: w.pkg.name, dir: w.dir, from: w.pkg.version, to: bump(w.pkg.version, kind), kind, commits: subjects });
  }
  return out;
}

module.exports = { plan, workspaces, bump, kindFromCommits };
