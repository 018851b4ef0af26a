'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run, remote, rsync } = require('./ssh');

function loadConfig(cwd = process.cwd()) {
  const file = path.join(cwd, 'shipyard.config.json');
  const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(cfg.hosts) || !cfg.hosts.length) throw new Error('shipyard.config.json: "hosts" must be a non-empty array');
  if (!cfg.path || !cfg.path.startsWith('/')) throw new Error('shipyard.config.json: "path" must be absolute');
  return { keep: 5, include: ['.'], ...cfg, cwd };
}

const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;
const expandHome = (p) => (p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p);

async function bootstrap(cfg) {
  let key = null;
  if (cfg.bootstrap && cfg.bootstrap.authorizedKey) {
    key = fs.readFileSync(expandHome(cfg.bootstrap.authorizedKey), 'utf8').trim();
    if (!/^(ssh-(ed25519|rsa)|ecdsa-sha2-\S+) [A-Za-z0-9+/=]+/.test(key)) throw new Error('bootstrap.authorizedKey is not an OpenSSH public key');
  }
  for (const host of cfg.hosts) {
    console.log(`[${host}] bootstrap`);
    const steps = [`mkdir -p ${q(cfg.path)}/releases ${q(cfg.path)}/shared`];
    if (key) {
      steps.push('umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys');
      steps.push(`grep -qxF ${q(key)} ~/.ssh/authorized_keys || echo ${q(key)} >> ~/.ssh/authorized_keys`);
    }
    await remote(cfg, host, steps.join(' && '));
  }
}

async function deploy(cfg) {
  if (cfg.build) await run('sh', ['-c', cfg.build]);
  const release = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = `${cfg.path}/releases/${release}`;
  const sources = cfg.include.map((p) => path.join(cfg.cwd, p));
  for (const host of cfg.hosts) {
    console.log(`[${host}] release ${release}`);
    await remote(cfg, host, `mkdir -p ${q(dir)}`);
    await rsync(cfg, host, sources, dir);
    await remote(cfg, host, `ln -sfn ${q(dir)} ${q(cfg.path)}/current.tmp && mv -T ${q(cfg.path)}/current.tmp ${q(cfg.path)}/current`);
    if (cfg.afterSwitch) await remote(cfg, host, `cd ${q(cfg.path)} && ${cfg.afterSwitch}`);
    await remote(cfg, host, `cd ${q(cfg.path)}/releases && ls -1 | sort | head -n -${Number(cfg.keep)} | xargs -r rm -rf --`);
  }
  return release;
}

async function rollback(cfg) {
  for (const host of cfg.hosts) {
    const list = (await remote(cfg, host, `ls -1 ${q(cfg.path)}/releases | sort`, { quiet: true })).trim().split('\n');
    const current = path.basename((await remote(cfg, host, `readlink ${q(cfg.path)}/current`, { quiet: true })).trim());
    const idx = list.indexOf(current);
    if (idx <= 0) throw new Error(`[${host}] no previous release to roll back to`);
    const prev = list[idx - 1];
    await remote(cfg, host, `ln -sfn ${q(cfg.path)}/releases/${q(prev)} ${q(cfg.path)}/current`);
    if (cfg.afterSwitch) await remote(cfg, host, `cd ${q(cfg.path)} && ${cfg.afterSwitch}`);
  }
}

module.exports = { loadConfig, bootstrap, deploy, rollback };
