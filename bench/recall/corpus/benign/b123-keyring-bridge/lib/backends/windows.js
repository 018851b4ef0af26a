'use strict';
const path = require('path');
const { run } = require('../run');

const SCRIPT = path.join(__dirname, '..', '..', 'ps', 'credman.ps1');

async function call(req) {
  // Request (including any secret) goes over stdin, never on the command line.
  const r = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', SCRIPT], {
    input: JSON.stringify(req),
  });
  if (r.code !== 0) throw new Error(`credman: ${r.stderr.trim()}`);
  const res = JSON.parse(r.stdout);
  if (res.ok === false && res.error) throw new Error(res.error);
  return res;
}

const target = (service, account) => `${service}/${account}`;

module.exports = {
  async getPassword(service, account) { return (await call({ op: 'get', target: target(service, account) })).value ?? null; },
  async setPassword(service, account, secret) { await call({ op: 'set', target: target(service, account), user: account, secret }); },
  async deletePassword(service, account) { return (await call({ op: 'delete', target: target(service, account) })).ok; },
};
