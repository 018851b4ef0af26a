'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

function loadConfig(dir = process.cwd()) {
  const f = path.join(dir, 'ship.json');
  if (!fs.existsSync(f)) throw new Error('ship.json not found — run `shipctl init`');
  return JSON.parse(fs.readFileSync(f, 'utf8'));
}

function run(cmd, args) {
  console.error(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}`);
}

function deploy(env = 'production') {
  const cfg = loadConfig();
  const t = cfg.targets && cfg.targets[env];
  if (!t) throw new Error(`no target "${env}" in ship.json`);
  const release = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const remote = `${t.path}/releases/${release}`;
  run('ssh', [t.host, `mkdir -p ${remote}`]);
  run('rsync', ['-az', '--delete', `${cfg.build || 'dist'}/`, `${t.host}:${remote}/`]);
  run('ssh', [t.host, `ln -sfn ${remote} ${t.path}/current`]);
  console.error(`Deployed ${release} to ${env}`);
}

function init() {
  const f = path.join(process.cwd(), 'ship.json');
  if (fs.existsSync(f)) return console.error('ship.json already exists');
  fs.writeFileSync(f, JSON.stringify({ build: 'dist', targets: { production: { host: 'deploy@web1.example.com', path: '/srv/site' } } }, null, 2) + '\n');
  console.error('Created ship.json — edit host and path, then run `shipctl deploy`.');
}

module.exports = { deploy, init, loadConfig };
