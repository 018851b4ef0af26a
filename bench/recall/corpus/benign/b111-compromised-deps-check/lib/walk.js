'use strict';

const fs = require('node:fs');
const path = require('node:path');

function readJson(p) {
  try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; }
}

/** Yield {name, version, dir, scripts} for every package under node_modules, including nested and pnpm layouts. */
function* installed(root) {
  const seen = new Set();
  const stack = [path.join(root, 'node_modules')];
  while (stack.length) {
    const nm = stack.pop();
    let entries;
    try { entries = fs.readdirSync(nm, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (!e.isDirectory() && !e.isSymbolicLink()) continue;
      if (e.name === '.bin') continue;
      if (e.name === '.pnpm') {
        for (const v of safeList(path.join(nm, '.pnpm'))) stack.push(path.join(nm, '.pnpm', v, 'node_modules'));
        continue;
      }
      const dirs = e.name.startsWith('@')
        ? safeList(path.join(nm, e.name)).map((s) => path.join(nm, e.name, s))
        : [path.join(nm, e.name)];
      for (const dir of dirs) {
        let real;
        try { real = fs.realpathSync(dir); } catch { continue; }
        if (seen.has(real)) continue;
        seen.add(real);
        const pj = readJson(path.join(dir, 'package.json'));
        if (pj && pj.name && pj.version) {
          yield { name: pj.name, version: pj.version, dir, scripts: pj.scripts || {} };
        }
        stack.push(path.join(dir, 'node_modules'));
      }
    }
  }
}

function safeList(d) {
  try { return fs.readdirSync(d); } catch { return []; }
}

/** Yield {name, version, source} from package-lock.json (v1-v3) and yarn.lock (classic). */
function* locked(root) {
  const lock = readJson(path.join(root, 'package-lock.json'));
  if (lock?.packages) {
    for (const [k, v] of Object.entries(lock.packages)) {
      if (!k || !v.version) continue;
      yield { name: v.name || k.slice(k.lastIndexOf('node_modules/') + 13), version: v.version, source: 'package-lock.json' };
    }
  } else if (lock?.dependencies) {
    const rec = function* (deps) {
      for (const [name, v] of Object.entries(deps)) {
        yield { name, version: v.version, source: 'package-lock.json' };
        if (v.dependencies) yield* rec(v.dependencies);
      }
    };
    yield* rec(lock.dependencies);
  }
  let yarn;
  try { yarn = fs.readFileSync(path.join(root, 'yarn.lock'), 'utf8'); } catch { return; }
  const rx = /^"?((?:@[^@/\s]+\/)?[^@\s"]+)@[^\n]*:\n\s+version:? "?([^"\n]+)"?/gm;
  let m;
  while ((m = rx.exec(yarn))) yield { name: m[1], version: m[2], source: 'yarn.lock' };
}

function loadAdvisories(file = path.join(__dirname, '..', 'data', 'compromised.json')) {
  const data = readJson(file);
  const map = new Map();
  for (const a of data.advisories) map.set(a.name, a);
  return { updated: data.updated, map };
}

function check(root) {
  const { updated, map } = loadAdvisories();
  const hits = [];
  const installHooks = [];
  for (const p of installed(root)) {
    const a = map.get(p.name);
    if (a && a.versions.includes(p.version)) hits.push({ ...p, where: path.relative(root, p.dir), advisory: a });
    const hook = ['preinstall', 'install', 'postinstall'].find((s) => p.scripts[s]);
    if (hook) installHooks.push({ name: p.name, version: p.version, hook, cmd: p.scripts[hook] });
  }
  for (const p of locked(root)) {
    const a = map.get(p.name);
    if (a && a.versions.includes(p.version) && !hits.some((h) => h.name === p.name && h.version === p.version)) {
      hits.push({ ...p, where: p.source, advisory: a });
    }
  }
  return { updated, hits, installHooks };
}

module.exports = { installed, locked, loadAdvisories, check };
