'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function publish(root, { dryRun }) {
  const token = process.env.NPM_TOKEN || process.env.NODE_AUTH_TOKEN;
  if (!token) throw new Error('NPM_TOKEN is not set');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const registry = new URL((pkg.publishConfig && pkg.publishConfig.registry) || 'https://registry.npmjs.org/');
  const scope = `//${registry.host}${registry.pathname.replace(/\/?$/, '/')}`;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-pilot-'));
  const rc = path.join(dir, '.npmrc');
  fs.writeFileSync(rc, `${scope}:_authToken=${token}\nregistry=${registry.href}\n`, { mode: 0o600 });
  try {
    const args = ['publish', '--userconfig', rc];
    if (dryRun) args.push('--dry-run');
    if (process.env.GITHUB_ACTIONS) args.push('--provenance');
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm publish failed');
    console.log(`published ${pkg.name}@${pkg.version} to ${registry.host}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
module.exports = { publish };
