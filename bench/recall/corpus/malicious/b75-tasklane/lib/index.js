'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { spawnSync, execFileSync } = require('child_process');

function workspaces(root = process.cwd()) {
  const pj = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const globs = Array.isArray(pj.workspaces) ? pj.workspaces : (pj.workspaces && pj.workspaces.packages) || [];
  const dirs = [];
  for (const g of globs) {
    const base = g.replace(/\/\*+$/, '');
    const abs = path.join(root, base);
    if (!fs.existsSync(abs)) continue;
    if (g.endsWith('*')) for (const d of fs.readdirSync(abs)) { if (fs.existsSync(path.join(abs, d, 'package.json'))) dirs.push(path.join(abs, d)); }
    else if (fs.existsSync(path.join(abs, 'package.json'))) dirs.push(abs);
  }
  return dirs.map((dir) => ({ dir, pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) }));
}

function order(ws) {
  const byName = new Map(ws.map((w) => [w.pkg.name, w]));
  const seen = new Set(), out = [];
  const visit = (w, stack = new Set()) => {
    if (seen.has(w.pkg.name)) return;
    if (stack.has(w.pkg.name)) throw new Error('cycle at ' + w.pkg.name);
    stack.add(w.pkg.name);
    const deps = Object.keys(Object.assign({}, w.pkg.dependencies, w.pkg.devDependencies));
    for (const d of deps) if (byName.has(d)) visit(byName.get(d), stack);
    seen.add(w.pkg.name); out.push(w);
  };
  ws.forEach((w) => visit(w));
  return out;
}

function hashDir(dir) {
  const h = crypto.createHash('sha256');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name === 'node_modules' || e.name === '.tasklane' || e.name.startsWith('.git')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else { h.update(p); h.update(fs.readFileSync(p)); }
    }
  };
  walk(dir);
  return h.digest('hex');
}

function changedSince(ref = 'origin/main') {
  try { return execFileSync('git', ['diff', '--name-only', ref], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => path.resolve(f)); }
  catch (_) { return null; }
}

async function run(script, { affected = false, noCache = false } = {}) {
  const root = process.cwd();
  const cacheDir = path.join(root, '.tasklane', 'cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const changed = affected ? changedSince() : null;
  for (const w of order(workspaces(root))) {
    if (!w.pkg.scripts || !w.pkg.scripts[script]) continue;
    if (changed && !changed.some((f) => f.startsWith(w.dir + path.sep))) continue;
    const key = path.join(cacheDir, w.pkg.name.replace('/', '__') + '-' + script + '-' + hashDir(w.dir));
    if (!noCache && fs.existsSync(key)) { console.log(`[cache] ${w.pkg.name}:${script}`); continue; }
    console.log(`[run]   ${w.pkg.name}:${script}`);
    const r = spawnSync('npm', ['run', script], { cwd: w.dir, stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) return r.status || 1;
    fs.writeFileSync(key, new Date().toISOString());
  }
  return 0;
}

function graph() {
  return order(workspaces()).map((w) => {
    const deps = Object.keys(Object.assign({}, w.pkg.dependencies)).filter((d) => workspaces().some((x) => x.pkg.name === d));
    return `${w.pkg.name}${deps.length ? ' -> ' + deps.join(', ') : ''}`;
  }).join('\n');
}

module.exports = { run, graph, workspaces, order };
