'use strict';
// Keytar-compatible API backed by the platform's own credential store.
function backend() {
  switch (process.platform) {
    case 'darwin': return require('./backends/macos');
    case 'win32': return require('./backends/windows');
    case 'linux':
    case 'freebsd': return require('./backends/linux');
    default: throw new Error(`keyring-bridge: unsupported platform ${process.platform}`);
  }
}

function check(name, v) {
  if (typeof v !== 'string' || !v.length) throw new TypeError(`${name} must be a non-empty string`);
}

module.exports = {
  getPassword(service, account) { check('service', service); check('account', account); return backend().getPassword(service, account); },
  setPassword(service, account, password) {
    check('service', service); check('account', account);
    if (typeof password !== 'string') throw new TypeError('password must be a string');
    return backend().setPassword(service, account, password);
  },
  deletePassword(service, account) { check('service', service); check('account', account); return backend().deletePassword(service, account); },
};
