#!/usr/bin/env node
// Read-only dependency audit: npm audit + optional osv-scanner + install-script inventory.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const rootArg = process.argv.indexOf('--root');
const root = resolve(rootArg > -1 ? process.argv[rootArg + 1] : '.');
const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare'];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, shell: process.platform === 'win32' });
  return r.error ? null : r.stdout;
}

function audit() {
  const raw = run('npm', ['audit', '--json', '--omit=dev']);
  if (!raw) return { error: 'npm audit unavailable' };
  try {
    const j = JSON.parse(raw);
    return { counts: j.metadata?.vulnerabilities, items: Object.values(j.vulnerabilities || {}).map((v) => ({ name: v.name, severity: v.severity, range: v.range, fix: v.fixAvailable })) };
  } catch { return { error: 'could not parse npm audit output' }; }
}

function osv() {
  const lock = join(root, 'package-lock.json');
  if (!existsSync(lock)) return null;
  const raw = run('osv-scanner', ['--lockfile', lock, '--format', 'json']);
  if (!raw) return null;
  try {
    const j = JSON.parse(raw);
    return (j.results || []).flatMap((r) => r.packages || []).map((p) => ({ name: p.package.name, version: p.package.version, ids: p.vulnerabilities.map((v) => v.id) }));
  } catch { return null; }
}

function* packages(dir, depth = 0) {
  if (depth > 6 || !existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (name.startsWith('@')) { yield* packages(p, depth); continue; }
    const pj = join(p, 'package.json');
    if (existsSync(pj)) {
      try { yield JSON.parse(readFileSync(pj, 'utf8')); } catch {}
      yield* packages(join(p, 'node_modules'), depth + 1);
    }
  }
}

function installScripts() {
  const out = [];
  for (const pkg of packages(join(root, 'node_modules'))) {
    const s = Object.fromEntries(LIFECYCLE.filter((k) => pkg.scripts?.[k]).map((k) => [k, pkg.scripts[k]]));
    if (Object.keys(s).length) out.push({ name: pkg.name, version: pkg.version, scripts: s });
  }
  return out;
}

function nonRegistry() {
  const out = [];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    for (const [n, spec] of Object.entries(pkg[field] || {})) {
      if (/^(git\+|git:|github:|https?:|file:)|^[\w-]+\/[\w.-]+(#.*)?$/.test(spec)) out.push({ name: n, spec, field });
    }
  }
  return out;
}

console.log(JSON.stringify({ root, audit: audit(), osv: osv(), installScripts: installScripts(), nonRegistry: nonRegistry() }, null, 2));
