'use strict';
// Update checks: look up our OWN package on the public npm registry.
// - Notice is printed at most once per 24h, only on a TTY, never in CI.
// - Disable with NO_UPDATE_NOTIFIER=1 or JSONQ_NO_UPDATE_CHECK=1.
// - Installing only happens through the explicit `jsonq upgrade` command.

const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const readline = require('readline');
const { spawnSync } = require('child_process');
const pkg = require('../package.json');

const STATE = path.join(os.homedir(), '.config', 'jsonq', 'update-check.json');
const REGISTRY = 'https://registry.npmjs.org/';

function disabled() {
  return process.env.NO_UPDATE_NOTIFIER || process.env.JSONQ_NO_UPDATE_CHECK || process.env.CI || !process.stderr.isTTY;
}

function latestVersion() {
  return new Promise((resolve) => {
    const req = https.get(REGISTRY + encodeURIComponent(pkg.name) + '/latest', { timeout: 3000, headers: { accept: 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => { try { resolve(JSON.parse(body).version); } catch { resolve(null); } });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

function newer(a, b) {
  const pa = a.split('.').map(Number), pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) { if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0); }
  return false;
}

async function notify() {
  if (disabled()) return;
  let st = {};
  try { st = JSON.parse(fs.readFileSync(STATE, 'utf8')); } catch {}
  if (st.checkedAt && Date.now() - st.checkedAt < 86_400_000) return;
  const latest = await latestVersion();
  try { fs.mkdirSync(path.dirname(STATE), { recursive: true }); fs.writeFileSync(STATE, JSON.stringify({ checkedAt: Date.now(), latest })); } catch {}
  if (latest && newer(latest, pkg.version)) {
    console.error(`\njsonq ${latest} is available (you have ${pkg.version}). Run \`jsonq upgrade\` to update.`);
  }
}

function confirm(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(/^y(es)?$/i.test(a.trim())); }));
}

async function upgrade({ yes }) {
  const latest = await latestVersion();
  if (!latest) { console.error('Could not reach the npm registry.'); process.exitCode = 1; return; }
  if (!newer(latest, pkg.version)) { console.log(`jsonq ${pkg.version} is up to date.`); return; }
  if (!yes && !(await confirm(`Install ${pkg.name}@${latest} globally with npm? [y/N] `))) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '-g', `${pkg.name}@${latest}`], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}

module.exports = { notify, upgrade, newer };
