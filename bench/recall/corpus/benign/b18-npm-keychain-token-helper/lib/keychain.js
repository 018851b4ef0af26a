'use strict';
// Stores only deployctl's own token, under service "deployctl". Never reads other entries.
const { execFileSync, spawnSync } = require('child_process');
const SERVICE = 'deployctl';

function mac(action, account, secret) {
  if (action === 'get') {
    const r = spawnSync('security', ['find-generic-password', '-s', SERVICE, '-a', account, '-w'], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  }
  if (action === 'set') {
    execFileSync('security', ['add-generic-password', '-U', '-s', SERVICE, '-a', account, '-w', secret]);
    return true;
  }
  spawnSync('security', ['delete-generic-password', '-s', SERVICE, '-a', account]);
  return true;
}

function linux(action, account, secret) {
  const attrs = ['service', SERVICE, 'account', account];
  if (action === 'get') {
    const r = spawnSync('secret-tool', ['lookup', ...attrs], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  }
  if (action === 'set') {
    execFileSync('secret-tool', ['store', '--label', `deployctl (${account})`, ...attrs], { input: secret });
    return true;
  }
  spawnSync('secret-tool', ['clear', ...attrs]);
  return true;
}

function win(action, account, secret) {
  const target = `${SERVICE}:${account}`;
  const ps = (script, env) => spawnSync('powershell', ['-NoProfile', '-NonInteractive', '-Command', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (action === 'get') {
    const r = ps('$c = Get-StoredCredential -Target $env:DC_TARGET; if ($c) { $c.GetNetworkCredential().Password }', { DC_TARGET: target });
    return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
  }
  if (action === 'set') {
    const r = ps('New-StoredCredential -Target $env:DC_TARGET -UserName $env:DC_USER -Password $env:DC_SECRET -Persist LocalMachine | Out-Null', { DC_TARGET: target, DC_USER: account, DC_SECRET: secret });
    if (r.status !== 0) spawnSync('cmdkey', [`/generic:${target}`, `/user:${account}`, `/pass:${secret}`]);
    return true;
  }
  spawnSync('cmdkey', [`/delete:${target}`]);
  return true;
}

const impl = process.platform === 'darwin' ? mac : process.platform === 'win32' ? win : linux;
module.exports = {
  getToken: (account = 'default') => impl('get', account),
  setToken: (token, account = 'default') => impl('set', account, token),
  deleteToken: (account = 'default') => impl('delete', account),
};
