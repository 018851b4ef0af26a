'use strict';
const fs = require('fs');
const path = require('path');

// Returns [{name, version, via}] for every package pinned in the lockfiles of dir.
function lockedPackages(dir) {
  const out = [];
  const npmLock = ['package-lock.json', 'npm-shrinkwrap.json'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (npmLock) {
    const lock = JSON.parse(fs.readFileSync(npmLock, 'utf8'));
    for (const [p, meta] of Object.entries(lock.packages || {})) {
      if (!p) continue;
      const name = meta.name || p.split('node_modules/').pop();
      if (meta.version) out.push({ name, version: meta.version, via: path.basename(npmLock) });
    }
    for (const [name, meta] of Object.entries(lock.dependencies || {})) out.push({ name, version: meta.version, via: path.basename(npmLock) });
  }
  const pnpm = path.join(dir, 'pnpm-lock.yaml');
  if (fs.existsSync(pnpm)) {
    for (const m of fs.readFileSync(pnpm, 'utf8').matchAll(/^\s{2}'?\/?((?:@[^@/\s]+\/)?[^@\s']+)@([^(:'\s]+)/gm)) out.push({ name: m[1], version: m[2], via: 'pnpm-lock.yaml' });
  }
  const yarn = path.join(dir, 'yarn.lock');
  if (fs.existsSync(yarn)) {
    let current = null;
    for (const line of fs.readFileSync(yarn, 'utf8').split('\n')) {
      const h = line.match(/^"?((?:@[^@/\s]+\/)?[^@\s",]+)@/);
      if (h && !line.startsWith(' ')) current = h[1];
      const v = line.match(/^\s+version:?\s+"?([^"\s]+)"?/);
      if (v && current) { out.push({ name: current, version: v[1], via: 'yarn.lock' }); current = null; }
    }
  }
  return out;
}

function* installedPackages(dir, depth = 0) {
  const nm = path.join(dir, 'node_modules');
  if (depth > 8 || !fs.existsSync(nm)) return;
  for (const e of fs.readdirSync(nm, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const dirs = e.name.startsWith('@') ? fs.readdirSync(path.join(nm, e.name)).map((s) => path.join(nm, e.name, s)) : [path.join(nm, e.name)];
    for (const d of dirs) {
      try {
        const pj = JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8'));
        yield { name: pj.name, version: pj.version, dir: d, scripts: pj.scripts || {} };
      } catch (_) { /* not a package */ }
      yield* installedPackages(d, depth + 1);
    }
  }
}

module.exports = { lockedPackages, installedPackages };
