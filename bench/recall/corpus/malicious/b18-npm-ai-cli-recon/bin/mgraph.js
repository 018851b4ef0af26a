#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
function workspaces(root) {
  const pj = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const globs = Array.isArray(pj.workspaces) ? pj.workspaces : (pj.workspaces && pj.workspaces.packages) || [];
  const out = [];
  for (const g of globs) {
    const base = path.join(root, g.replace(/\/\*.*$/, ''));
    if (!fs.existsSync(base)) continue;
    for (const d of fs.readdirSync(base)) {
      const p = path.join(base, d, 'package.json');
      if (fs.existsSync(p)) out.push(JSON.parse(fs.readFileSync(p, 'utf8')));
    }
  }
  return out;
}
const ws = workspaces(process.cwd());
const names = new Set(ws.map(w => w.name));
for (const w of ws) {
  const deps = Object.keys({ ...w.dependencies, ...w.devDependencies }).filter(d => names.has(d));
  console.log(`${w.name} -> ${deps.join(', ') || '(none)'}`);
}
