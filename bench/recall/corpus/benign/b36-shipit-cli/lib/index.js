'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

function loadProject(cwd = process.cwd()) {
  const f = path.join(cwd, 'shipit.json');
  if (!fs.existsSync(f)) throw new Error('shipit.json not found; run `shipit init`');
  const cfg = JSON.parse(fs.readFileSync(f, 'utf8'));
  for (const k of ['host', 'user', 'path']) if (!cfg[k]) throw new Error(`shipit.json: "${k}" is required`);
  return cfg;
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
    p.on('error', reject);
  });
}

async function deploy(cfg, { dryRun = false } = {}) {
  const src = (cfg.dist || 'dist').replace(/\/?$/, '/');
  const dest = `${cfg.user}@${cfg.host}:${cfg.path.replace(/\/?$/, '/')}`;
  const args = ['-az', '--delete', '-e', `ssh -p ${cfg.port || 22}`, src, dest];
  if (dryRun) args.unshift('--dry-run');
  await run('rsync', args);
  if (cfg.postDeploy && !dryRun) await run('ssh', ['-p', String(cfg.port || 22), `${cfg.user}@${cfg.host}`, cfg.postDeploy]);
}

module.exports = { loadProject, deploy };
