'use strict';

const fs = require('fs');
const path = require('path');

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

function expandGlob(root, pattern) {
  // supports "packages/*" and "packages/**" style patterns, which covers nearly every workspace
  const clean = pattern.replace(/\/\*\*?$/, '');
  const base = path.join(root, clean);
  if (!pattern.includes('*')) return fs.existsSync(path.join(base, 'package.json')) ? [base] : [];
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(base, d.name, 'package.json')))
    .map((d) => path.join(base, d.name));
}

function workspacePatterns(root, rootPkg) {
  if (Array.isArray(rootPkg.workspaces)) return rootPkg.workspaces;
  if (rootPkg.workspaces && Array.isArray(rootPkg.workspaces.packages)) return rootPkg.workspaces.packages;
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    return fs.readFileSync(pnpm, 'utf8').split('\n')
      .map((l) => l.match(/^\s*-\s*['"]?([^'"#]+?)['"]?\s*$/)).filter(Boolean).map((m) => m[1]);
  }
  return [];
}

function loadWorkspace(root) {
  const rootPkg = readJson(path.join(root, 'package.json'));
  const dirs = workspacePatterns(root, rootPkg).flatMap((p) => expandGlob(root, p));
  const packages = dirs.map((dir) => {
    const pkg = readJson(path.join(dir, 'package.json'));
    return { dir, name: pkg.name, version: pkg.version, private: !!pkg.private, pkg };
  });
  return { root, rootPkg, packages, byName: new Map(packages.map((p) => [p.name, p])) };
}

module.exports = { loadWorkspace, readJson };
