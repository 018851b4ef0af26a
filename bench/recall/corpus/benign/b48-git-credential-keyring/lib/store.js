'use strict';

const { execFileSync, spawnSync } = require('child_process');

const SERVICE = 'git-credential-keyring';

function label(c) {
  return `${c.protocol || 'https'}://${c.host}${c.path ? '/' + c.path : ''}`;
}

// macOS: generic passwords in the login keychain. `-w` prints only the secret.
const mac = {
  get(c) {
    const r = spawnSync('security', ['find-generic-password', '-s', SERVICE, '-a', label(c) + '|' + (c.username || ''), '-w'], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    return r.stdout.replace(/\n$/, '');
  },
  store(c) {
    // -U updates an existing item; -T '' means no application is trusted without a prompt
    // except `security` itself, which git runs through us.
    execFileSync('security', ['add-generic-password', '-U', '-s', SERVICE, '-a', label(c) + '|' + c.username, '-l', `Git: ${c.host}`, '-w', c.password], { stdio: 'ignore' });
  },
  erase(c) {
    spawnSync('security', ['delete-generic-password', '-s', SERVICE, '-a', label(c) + '|' + (c.username || '')], { stdio: 'ignore' });
  },
};

// Linux: Secret Service through libsecret's CLI. The secret goes over stdin,
// never on the command line where other users could read it from /proc.
const linux = {
  attrs(c) {
    return ['service', SERVICE, 'server', label(c), ...(c.username ? ['user', c.username] : [])];
  },
  get(c) {
    const r = spawnSync('secret-tool', ['lookup', ...this.attrs(c)], { encoding: 'utf8' });
    return r.status === 0 && r.stdout ? r.stdout : null;
  },
  store(c) {
    const r = spawnSync('secret-tool', ['store', '--label', `Git: ${c.host}`, ...this.attrs(c)], { input: c.password, stdio: ['pipe', 'ignore', 'ignore'] });
    if (r.status !== 0) throw new Error('secret-tool store failed (is a Secret Service provider running?)');
  },
  erase(c) {
    spawnSync('secret-tool', ['clear', ...this.attrs(c)], { stdio: 'ignore' });
  },
};

function backend() {
  if (process.platform === 'darwin') return mac;
  if (process.platform === 'linux') return linux;
  throw new Error(`git-credential-keyring: unsupported platform ${process.platform}`);
}

function get(c) {
  if (!c.host) return null;
  if (c.username) {
    const pw = backend().get(c);
    return pw ? { ...c, password: pw } : null;
  }
  return null;
}

function store(c) {
  if (!c.host || !c.username || !c.password) return;
  backend().store(c);
}

function erase(c) {
  if (!c.host) return;
  backend().erase(c);
}

module.exports = { get, store, erase, label };
