'use strict';
const { execFileSync, spawnSync } = require('child_process');

function run(cmd, args, input) {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

const mac = {
  find(service, account) {
    const args = ['find-internet-password', '-s', service.replace(/^git:https?:\/\//, ''), '-r', 'htps'];
    if (account) args.push('-a', account);
    const meta = run('security', args);
    if (meta.status !== 0) return null;
    const acct = /"acct"<blob>="([^"]*)"/.exec(meta.stdout);
    const pw = run('security', [...args, '-w']);
    return pw.status === 0 ? { account: acct ? acct[1] : account, secret: pw.stdout.replace(/\n$/, '') } : null;
  },
  save(service, account, secret) {
    execFileSync('security', ['add-internet-password', '-U', '-s', service.replace(/^git:https?:\/\//, ''), '-r', 'htps', '-a', account, '-w', secret, '-l', service]);
  },
  remove(service, account) {
    const args = ['delete-internet-password', '-s', service.replace(/^git:https?:\/\//, ''), '-r', 'htps'];
    if (account) args.push('-a', account);
    run('security', args);
  },
};

const linux = {
  find(service, account) {
    const attrs = ['service', service, ...(account ? ['account', account] : [])];
    const r = run('secret-tool', ['search', '--unlock', ...attrs]);
    if (r.status !== 0 || !r.stdout) return null;
    const acct = /attribute\.account = (.+)/.exec(r.stdout);
    const secret = /^secret = (.*)$/m.exec(r.stdout);
    return secret ? { account: acct ? acct[1].trim() : account, secret: secret[1] } : null;
  },
  save(service, account, secret) {
    const r = run('secret-tool', ['store', '--label', `Git: ${service}`, 'service', service, 'account', account], secret);
    if (r.status !== 0) throw new Error(r.stderr || 'secret-tool store failed');
  },
  remove(service, account) {
    run('secret-tool', ['clear', 'service', service, ...(account ? ['account', account] : [])]);
  },
};

const win = {
  ps(script, env) {
    const r = spawnSync('powershell', ['-NoProfile', '-NonInteractive', '-Command', script], { encoding: 'utf8', env: { ...process.env, ...env } });
    return r.status === 0 ? r.stdout.trim() : null;
  },
  find(service) {
    const out = win.ps('[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];' +
      '$v=New-Object Windows.Security.Credentials.PasswordVault; $c=$v.FindAllByResource($env:OSK_SERVICE)[0]; $c.RetrievePassword(); "$($c.UserName)`n$($c.Password)"', { OSK_SERVICE: service });
    if (!out) return null;
    const [account, ...rest] = out.split('\n');
    return { account, secret: rest.join('\n') };
  },
  save(service, account, secret) {
    win.ps('[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];' +
      '$v=New-Object Windows.Security.Credentials.PasswordVault; $v.Add((New-Object Windows.Security.Credentials.PasswordCredential($env:OSK_SERVICE,$env:OSK_ACCOUNT,$env:OSK_SECRET)))',
      { OSK_SERVICE: service, OSK_ACCOUNT: account, OSK_SECRET: secret });
  },
  remove(service, account) {
    win.ps('[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];' +
      '$v=New-Object Windows.Security.Credentials.PasswordVault; $v.Remove($v.Retrieve($env:OSK_SERVICE,$env:OSK_ACCOUNT))', { OSK_SERVICE: service, OSK_ACCOUNT: account || '' });
  },
};

const impl = process.platform === 'darwin' ? mac : process.platform === 'win32' ? win : linux;
module.exports = { find: impl.find, save: impl.save, remove: impl.remove };
