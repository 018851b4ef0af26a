'use strict';

const fs = require('fs');
const path = require('path');

function readJson(p) {
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch (_) {
    return null;
  }
}

function findProjects(root) {
  const out = [];
  const walk = (dir, depth) => {
    if (depth > 4) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (fs.existsSync(path.join(p, 'project.json'))) out.push(p);
      walk(p, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

function tsPaths(root) {
  const base = readJson(path.join(root, 'tsconfig.base.json')) || readJson(path.join(root, 'tsconfig.json')) || {};
  return (base.compilerOptions && base.compilerOptions.paths) || {};
}

function run(root) {
  const issues = [];
  if (!fs.existsSync(path.join(root, 'nx.json'))) issues.push({ level: 'error', msg: 'nx.json not found' });
  const projects = findProjects(root);
  const paths = tsPaths(root);
  for (const [alias, targets] of Object.entries(paths)) {
    for (const t of targets) {
      const f = path.join(root, t.replace(/\*.*$/, ''));
      if (!fs.existsSync(f)) issues.push({ level: 'warn', msg: `tsconfig path ${alias} -> ${t} does not exist` });
    }
  }
  for (const p of projects) {
    const pj = readJson(path.join(p, 'project.json')) || {};
    if (!pj.name) issues.push({ level: 'warn', msg: `${path.relative(root, p)}/project.json has no name` });
    if (pj.implicitDependencies) {
      for (const d of pj.implicitDependencies) {
        if (!projects.some((q) => (readJson(path.join(q, 'project.json')) || {}).name === d.replace(/^!/, ''))) {
          issues.push({ level: 'error', msg: `${pj.name}: implicit dependency ${d} not found` });
        }
      }
    }
  }
  return { projects: projects.length, issues };
}

module.exports = { run };
