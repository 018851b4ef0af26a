'use strict';
// macOS Keychain via /usr/bin/security. Secrets are written through `security -i`
// (commands on stdin) so they never appear in the process list.
const { run } = require('../run');

const SECURITY = '/usr/bin/security';
const q = (s) => `"${String(s).replace(/(["\\])/g, '\\$1')}"`;

async function getPassword(service, account) {
  const r = await run(SECURITY, ['find-generic-password', '-s', service, '-a', account, '-w']);
  if (r.code === 44) return null; // errSecItemNotFound
  if (r.code !== 0) throw new Error(`security: ${r.stderr.trim()}`);
  return r.stdout.replace(/\n$/, '');
}

async function setPassword(service, account, password) {
  const hex = Buffer.from(password, 'utf8').toString('hex');
  const r = await run(SECURITY, ['-i'], { input: `add-generic-password -U -s ${q(service)} -a ${q(account)} -X ${hex}\n` });
  if (r.code !== 0 || /error/i.test(r.stderr)) throw new Error(`security: ${r.stderr.trim()}`);
}

async function deletePassword(service, account) {
  const r = await run(SECURITY, ['delete-generic-password', '-s', service, '-a', account]);
  return r.code === 0;
}

module.exports = { getPassword, setPassword, deletePassword };
