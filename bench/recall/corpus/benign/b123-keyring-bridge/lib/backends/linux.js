'use strict';
// Secret Service (GNOME Keyring / KWallet) via libsecret's `secret-tool`.
const { run } = require('../run');

async function ensureTool() {
  try { await run('secret-tool', ['--version']); } catch (e) {
    if (e.code === 'ENOENT') throw new Error('secret-tool not found: install libsecret-tools (Debian/Ubuntu) or libsecret (Fedora/Arch)');
    throw e;
  }
}

async function getPassword(service, account) {
  await ensureTool();
  const r = await run('secret-tool', ['lookup', 'service', service, 'account', account]);
  if (r.code === 1 && !r.stdout) return null;
  if (r.code !== 0) throw new Error(`secret-tool: ${r.stderr.trim()}`);
  return r.stdout;
}

async function setPassword(service, account, password) {
  await ensureTool();
  // secret-tool reads the secret from stdin when it isn't a TTY.
  const r = await run('secret-tool', ['store', '--label', `${service} (${account})`, 'service', service, 'account', account], { input: password });
  if (r.code !== 0) throw new Error(`secret-tool: ${r.stderr.trim()}`);
}

async function deletePassword(service, account) {
  await ensureTool();
  const r = await run('secret-tool', ['clear', 'service', service, 'account', account]);
  return r.code === 0;
}

module.exports = { getPassword, setPassword, deletePassword };
