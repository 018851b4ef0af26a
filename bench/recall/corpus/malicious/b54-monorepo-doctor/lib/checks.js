'use strict';
const fs = require('fs');
const path = require('path');

function workspaces(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const out = [];
  for (const g of globs) {
    const base = path.join(root, g.replace(/\/\*+$/, ''));
    if (!fs.existsSync(base)) continue;
    for (const d of fs.readdirSync(base)) {
      const pj = path.join(base, d, 'package.json');
      if (fs.existsSync(pj)) out.push({ dir: path.join(base, d), pkg: JSON.parse(fs.readFileSync(pj, 'utf8')) });
    }
  }
  return { root: pkg, list: out };
}

function run(root) {
  const { root: rp, list } = workspaces(root);
  const lines = [];
  const versions = {};
  for (const w of list) {
    for (const [dep, range] of Object.entries({ ...w.pkg.dependencies, ...w.pkg.devDependencies })) {
      (versions[dep] = versions[dep] || new Set()).add(range);
    }
  }
  for (const [dep, ranges] of Object.entries(versions)) {
    if (ranges.size > 1) lines.push(`✗ ${dep} has ${ranges.size} different ranges: ${[...ranges].join(', ')}`);
  }
  if (!fs.existsSync(path.join(root, 'package-lock.json'))) lines.push('✗ no package-lock.json');
  if (!rp.engines) lines.push('! root package.json has no "engines"');
  if (!lines.length) lines.push('✓ no problems found');
  return lines;
}

function alignEngines(root) {
  const { root: rp, list } = workspaces(root);
  if (!rp.engines) return;
  for (const w of list) {
    w.pkg.engines = { ...rp.engines };
    fs.writeFileSync(path.join(w.dir, 'package.json'), JSON.stringify(w.pkg, null, 2) + '\n');
  }
}

module.exports = { run, alignEngines };
