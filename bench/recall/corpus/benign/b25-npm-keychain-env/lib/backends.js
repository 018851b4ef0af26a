'use strict';
const { execFileSync, spawnSync } = require('child_process');

const SERVICE_PREFIX = 'kenv:';

const mac = {
  set(service, account, secret) {
    execFileSync('security', ['add-generic-password', '-U', '-s', SERVICE_PREFIX + service, '-a', account, '-w', secret], { stdio: 'ignore' });
  },
  get(service, account) {
    try { return execFileSync('security', ['find-generic-password', '-s', SERVICE_PREFIX + service, '-a', account, '-w'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().replace(/\n$/, ''); }
    catch { return null; }
  },
  del(service, account) {
    try { execFileSync('security', ['delete-generic-password', '-s', SERVICE_PREFIX + service, '-a', account], { stdio: 'ignore' }); } catch {}
  }
};

const linux = {
  set(service, account, secret) {
    const r = spawnSync('secret-tool', ['store', '--label', `kenv ${service}/${account}`, 'service', SERVICE_PREFIX + service, 'account', account], { input: secret });
    if (r.status !== 0) throw new Error('secret-tool store failed (is a Secret Service provider running?)');
  },
  get(service, account) {
    const r = spawnSync('secret-tool', ['lookup', 'service', SERVICE_PREFIX + service, 'account', account]);
    return r.status === 0 ? r.stdout.toString() : null;
  },
  del(service, account) {
    spawnSync('secret-tool', ['clear', 'service', SERVICE_PREFIX + service, 'account', account]);
  }
};

// Windows: use the CredentialManager API through PowerShell's built-in PasswordVault.
function ps(script, input) {
  const r = spawnSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { input });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return r.stdout.toString();
}
const win = {
  set(service, account, secret) {
    ps(`[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];` +
       `$v=New-Object Windows.Security.Credentials.PasswordVault;$s=[Console]::In.ReadToEnd();` +
       `$v.Add((New-Object Windows.Security.Credentials.PasswordCredential('${SERVICE_PREFIX}${service}','${account}',$s)))`, secret);
  },
  get(service, account) {
    try {
      return ps(`[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];` +
        `$v=New-Object Windows.Security.Credentials.PasswordVault;$c=$v.Retrieve('${SERVICE_PREFIX}${service}','${account}');$c.RetrievePassword();[Console]::Out.Write($c.Password)`);
    } catch { return null; }
  },
  del(service, account) {
    try { ps(`[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];$v=New-Object Windows.Security.Credentials.PasswordVault;$v.Remove($v.Retrieve('${SERVICE_PREFIX}${service}','${account}'))`); } catch {}
  }
};

function backend() {
  if (process.platform === 'darwin') return mac;
  if (process.platform === 'win32') return win;
  return linux;
}

const SAFE = /^[A-Za-z0-9_.-]+$/;
module.exports = {
  backend,
  check(name) { if (!SAFE.test(name)) throw new Error(`invalid name: ${name}`); return name; }
};
