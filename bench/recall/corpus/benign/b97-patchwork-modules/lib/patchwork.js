'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

// patches/<name>+<version>.patch, scoped packages as @scope+name+version.patch
function parseName(file) {
  const base = path.basename(file, '.patch');
  const parts = base.split('+');
  const version = parts.pop();
  const name = parts.join('/').replace(/^(@[^/]+)\//, '$1/');
  return { name, version };
}

function installedVersion(root, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch (_) {
    return null;
  }
}

function gitApply(root, patchFile, check, reverse) {
  const args = ['apply', '--directory', '.', '--whitespace=nowarn'];
  if (check) args.push('--check');
  if (reverse) args.push('--reverse');
  args.push(patchFile);
  return spawnSync('git', args, { cwd: root, encoding: 'utf8' });
}

function applyAll(root = process.cwd(), { strict = true } = {}) {
  const dir = path.join(root, 'patches');
  if (!fs.existsSync(dir)) return [];
  const results = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.patch')).sort()) {
    const file = path.join(dir, f);
    const { name, version } = parseName(f);
    const have = installedVersion(root, name);
    if (!have) { results.push({ name, status: 'not-installed' }); continue; }
    if (have !== version) {
      results.push({ name, status: 'version-mismatch', want: version, have });
      if (strict) continue;
    }
    if (gitApply(root, file, true, true).status === 0) { results.push({ name, status: 'already-applied' }); continue; }
    const check = gitApply(root, file, true, false);
    if (check.status !== 0) { results.push({ name, status: 'failed', error: check.stderr.trim() }); continue; }
    gitApply(root, file, false, false);
    results.push({ name, status: 'applied', version: have });
  }
  return results;
}

function create(root, name) {
  const pkgDir = path.join('node_modules', name);
  const version = installedVersion(root, name);
  if (!version) throw new Error(`${name} is not installed`);
  const pristine = fs.mkdtempSync(path.join(require('os').tmpdir(), 'patchwork-'));
  const r = spawnSync('npm', ['pack', `${name}@${version}`, '--pack-destination', pristine], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const tgz = path.join(pristine, fs.readdirSync(pristine).find((x) => x.endsWith('.tgz')));
  spawnSync('tar', ['-xzf', tgz, '-C', pristine]);
  const diff = spawnSync('git', ['diff', '--no-index', '--src-prefix=a/' + pkgDir + '/', '--dst-prefix=b/' + pkgDir + '/',
    path.join(pristine, 'package'), pkgDir], { cwd: root, encoding: 'utf8' }).stdout
    .replace(new RegExp(`a/${pkgDir}/${pristine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/package`, 'g'), `a/${pkgDir}`)
    .replace(new RegExp(`b/${pkgDir}/${pkgDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'g'), `b/${pkgDir}`);
  fs.rmSync(pristine, { recursive: true, force: true });
  if (!diff.trim()) throw new Error(`no changes in ${pkgDir}`);
  fs.mkdirSync(path.join(root, 'patches'), { recursive: true });
  const out = path.join(root, 'patches', `${name.replace('/', '+')}+${version}.patch`);
  fs.writeFileSync(out, diff);
  return out;
}

module.exports = { applyAll, create, parseName };
