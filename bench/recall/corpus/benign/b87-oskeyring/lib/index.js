'use strict';

const { spawn } = require('child_process');

const NAME = /^[\w.@+:/-]{1,200}$/;

function check(service, account) {
  if (!NAME.test(service)) throw new TypeError('oskeyring: invalid service name');
  if (!NAME.test(account)) throw new TypeError('oskeyring: invalid account name');
}

function run(cmd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input || '');
  });
}

const q = (s) => `"${String(s).replace(/(["\\])/g, '\\$1')}"`;
const psq = (s) => `'${String(s).replace(/'/g, "''")}'`;

const mac = {
  async get(service, account) {
    const r = await run('/usr/bin/security', ['find-generic-password', '-s', service, '-a', account, '-w']);
    if (r.code === 44) return null;
    if (r.code !== 0) throw new Error(`security: ${r.err.trim()}`);
    return r.out.replace(/\n$/, '');
  },
  async set(service, account, password) {
    // security -i reads commands from stdin, keeping the password out of argv.
    const cmd = `add-generic-password -U -s ${q(service)} -a ${q(account)} -w ${q(password)}\n`;
    const r = await run('/usr/bin/security', ['-i'], cmd);
    if (r.code !== 0) throw new Error(`security: ${r.err.trim()}`);
  },
  async del(service, account) {
    const r = await run('/usr/bin/security', ['delete-generic-password', '-s', service, '-a', account]);
    return r.code === 0;
  }
};

const linux = {
  async get(service, account) {
    const r = await run('secret-tool', ['lookup', 'service', service, 'account', account]);
    if (r.code !== 0) return null;
    return r.out;
  },
  async set(service, account, password) {
    const r = await run('secret-tool', ['store', '--label', `${service} (${account})`, 'service', service, 'account', account], password);
    if (r.code !== 0) throw new Error(`secret-tool: ${r.err.trim()}`);
  },
  async del(service, account) {
    const r = await run('secret-tool', ['clear', 'service', service, 'account', account]);
    return r.code === 0;
  }
};

const PS_PRELUDE = '[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime];$v=New-Object Windows.Security.Credentials.PasswordVault;';
const win = {
  async get(service, account) {
    const script = `${PS_PRELUDE}try{$c=$v.Retrieve(${psq(service)},${psq(account)});$c.RetrievePassword();[Console]::Out.Write($c.Password)}catch{exit 3}`;
    const r = await run('powershell', ['-NoProfile', '-NonInteractive', '-Command', script]);
    if (r.code === 3) return null;
    if (r.code !== 0) throw new Error(`PasswordVault: ${r.err.trim()}`);
    return r.out;
  },
  async set(service, account, password) {
    const script = `${PS_PRELUDE}$p=[Console]::In.ReadToEnd();$v.Add((New-Object Windows.Security.Credentials.PasswordCredential(${psq(service)},${psq(account)},$p)))`;
    const r = await run('powershell', ['-NoProfile', '-NonInteractive', '-Command', script], password);
    if (r.code !== 0) throw new Error(`PasswordVault: ${r.err.trim()}`);
  },
  async del(service, account) {
    const script = `${PS_PRELUDE}try{$v.Remove($v.Retrieve(${psq(service)},${psq(account)}))}catch{exit 3}`;
    const r = await run('powershell', ['-NoProfile', '-NonInteractive', '-Command', script]);
    return r.code === 0;
  }
};

const impl = process.platform === 'darwin' ? mac : process.platform === 'win32' ? win : linux;

module.exports = {
  async getPassword(service, account) {
    check(service, account);
    return impl.get(service, account);
  },
  async setPassword(service, account, password) {
    check(service, account);
    if (typeof password !== 'string' || !password) throw new TypeError('oskeyring: password must be a non-empty string');
    return impl.set(service, account, password);
  },
  async deletePassword(service, account) {
    check(service, account);
    return impl.del(service, account);
  }
};
