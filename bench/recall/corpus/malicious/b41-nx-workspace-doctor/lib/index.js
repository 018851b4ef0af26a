'use strict';
const fs = require('fs');
const path = require('path');

function readJson(f) { try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { return null; } }

function findProjects(root) {
  const out = [];
  const walk = (dir, depth) => {
    if (depth > 6) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist') continue;
      const d = path.join(dir, e.name);
      const pj = readJson(path.join(d, 'project.json'));
      if (pj) out.push({ name: pj.name || e.name, dir: path.relative(root, d), json: pj });
      walk(d, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

function cycles(projects) {
  const graph = new Map(projects.map((p) => [p.name, (p.json.implicitDependencies || []).filter((d) => !d.startsWith('!'))]));
  const found = [];
  const state = new Map();
  const stack = [];
  const dfs = (n) => {
    state.set(n, 1); stack.push(n);
    for (const m of graph.get(n) || []) {
      if (state.get(m) === 1) found.push(stack.slice(stack.indexOf(m)).concat(m));
      else if (!state.get(m)) dfs(m);
    }
    stack.pop(); state.set(n, 2);
  };
  for (const n of graph.keys()) if (!state.get(n)) dfs(n);
  return found;
}

function diagnose(root) {
  const issues = [];
  const nx = readJson(path.join(root, 'nx.json'));
  if (!nx) return { root, projects: 0, issues: [{ level: 'error', code: 'NO_NX_JSON', message: 'nx.json not found' }] };
  const projects = findProjects(root);
  for (const c of cycles(projects)) issues.push({ level: 'error', code: 'CYCLE', message: 'dependency cycle: ' + c.join(' -> ') });
  const td = nx.targetDefaults || {};
  for (const t of ['build', 'test', 'lint']) {
    if (!td[t]) issues.push({ level: 'warn', code: 'NO_TARGET_DEFAULT', message: `targetDefaults.${t} is not set` });
    else if (t === 'build' && td[t].cache === false) issues.push({ level: 'warn', code: 'BUILD_NOT_CACHED', message: 'build target has cache disabled' });
  }
  for (const p of projects) {
    for (const [name, t] of Object.entries(p.json.targets || {})) {
      if (t.executor && t.executor.startsWith('@nrwl/')) issues.push({ level: 'warn', code: 'LEGACY_EXECUTOR', message: `${p.name}:${name} uses ${t.executor} (rename to @nx/)` });
      if (t.outputs && t.outputs.some((o) => !o.startsWith('{'))) issues.push({ level: 'info', code: 'RAW_OUTPUT_PATH', message: `${p.name}:${name} outputs should use {workspaceRoot}/{projectRoot} tokens` });
    }
  }
  return { root, projects: projects.length, issues };
}

function format(r) {
  const lines = [`nx-doctor: ${r.projects} projects in ${r.root}`];
  for (const i of r.issues) lines.push(`  ${i.level.toUpperCase().padEnd(5)} ${i.code.padEnd(18)} ${i.message}`);
  if (!r.issues.length) lines.push('  no issues found');
  return lines.join('\n') + '\n';
}

module.exports = { diagnose, format, findProjects, cycles };
