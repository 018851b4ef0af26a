'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { parsePatch, applyHunks } = require('./diff');

function projectRoot() {
  // npm sets INIT_CWD to the directory `npm install` was run from; that's the project that owns ./patches
  return process.env.INIT_CWD || process.cwd();
}

function parseName(file) {
  const base = path.basename(file, '.patch');
  const at = base.lastIndexOf('+');
  return { pkg: base.slice(0, at).replace(/\+/g, '/'), version: base.slice(at + 1) };
}

function apply({ root = projectRoot(), allowVersionMismatch = false, log = console.log } = {}) {
  const dir = path.join(root, 'patches');
  if (!fs.existsSync(dir)) { log('patchkit: no patches/ directory, nothing to do'); return 0; }
  let applied = 0;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.patch')).sort()) {
    const { pkg, version } = parseName(f);
    const pkgDir = path.join(root, 'node_modules', pkg);
    const installed = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
    if (installed !== version && !allowVersionMismatch) {
      throw new Error(`${f}: patch is for ${pkg}@${version} but ${installed} is installed`);
    }
    for (const file of parsePatch(fs.readFileSync(path.join(dir, f), 'utf8'))) {
      const rel = file.to.replace(/^b\//, '');
      const target = path.resolve(pkgDir, rel);
      if (!target.startsWith(pkgDir + path.sep)) throw new Error(`${f}: refusing to patch ${rel} outside ${pkg}`);
      const src = fs.readFileSync(target, 'utf8');
      fs.writeFileSync(target, applyHunks(src, file.hunks));
      log(`patchkit: ${pkg}/${rel} patched (${f})`);
    }
    applied++;
  }
  return applied;
}

function diff(pkg, { root = projectRoot() } = {}) {
  const pkgDir = path.join(root, 'node_modules', pkg);
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'patchkit-'));
  const r1 = spawnSync('npm', ['pack', `${pkg}@${version}`, '--silent'], { cwd: tmp, encoding: 'utf8' });
  if (r1.status !== 0) throw new Error(r1.stderr);
  spawnSync('tar', ['-xzf', r1.stdout.trim(), '-C', tmp]);
  const r2 = spawnSync('git', ['diff', '--no-index', '--src-prefix=a/', '--dst-prefix=b/', path.join(tmp, 'package'), pkgDir], { encoding: 'utf8' });
  const out = r2.stdout.split(path.join(tmp, 'package')).join('').split(pkgDir).join('');
  fs.mkdirSync(path.join(root, 'patches'), { recursive: true });
  const file = path.join(root, 'patches', `${pkg.replace(/\//g, '+')}+${version}.patch`);
  fs.writeFileSync(file, out);
  fs.rmSync(tmp, { recursive: true, force: true });
  return file;
}

module.exports = { apply, diff, parseName };
