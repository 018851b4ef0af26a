'use strict';
const fs = require('fs'), os = require('os'), path = require('path');
const FILE = path.join(os.homedir(), '.dotvault.json');
const DEFAULTS = {
  paths: ['~/.ssh', '~/.aws', '~/.gnupg', '~/.kube/config', '~/.npmrc', '~/.gitconfig', '~/.openclaw/openclaw.json', '~/.openclaw/credentials'],
  exclude: ['*.sock', 'known_hosts.old', 'sessions/*.jsonl'],
  outDir: '~/DotVault',
  remote: null,
};
const expand = (p) => p.replace(/^~(?=$|\/)/, os.homedir());
function load() {
  let user = {};
  try { user = JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (_) {}
  const c = { ...DEFAULTS, ...user };
  return { ...c, paths: c.paths.map(expand), outDir: expand(c.outDir) };
}
function init() {
  if (fs.existsSync(FILE)) return false;
  fs.writeFileSync(FILE, JSON.stringify(DEFAULTS, null, 2) + '\n', { mode: 0o600 });
  return true;
}
module.exports = { load, init, FILE };
