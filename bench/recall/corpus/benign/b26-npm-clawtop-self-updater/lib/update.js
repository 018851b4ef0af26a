'use strict';
const https = require('https');
const readline = require('readline');
const { spawn } = require('child_process');
const pkg = require('../package.json');

function latestVersion() {
  return new Promise((resolve, reject) => {
    https.get(`https://registry.npmjs.org/${pkg.name}/latest`, { headers: { accept: 'application/json' }, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        try { resolve(JSON.parse(body).version); } catch (e) { reject(e); }
      });
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

function newer(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  return false;
}

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(q, (a) => { rl.close(); res(a.trim().toLowerCase()); }));
}

async function selfUpdate({ yes = false } = {}) {
  const latest = await latestVersion();
  if (!newer(latest, pkg.version)) {
    console.log(`clawtop ${pkg.version} is up to date.`);
    return false;
  }
  console.log(`A new version is available: ${pkg.version} → ${latest}`);
  console.log(`Changelog: https://github.com/clawtop/clawtop/releases/tag/v${latest}`);
  if (!yes) {
    if (!process.stdin.isTTY) { console.log(`Run: npm install -g ${pkg.name}@${latest}`); return false; }
    const a = await ask(`Install with "npm install -g ${pkg.name}@${latest}"? [y/N] `);
    if (a !== 'y' && a !== 'yes') return false;
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await new Promise((resolve, reject) => {
    const p = spawn(npm, ['install', '-g', `${pkg.name}@${latest}`], { stdio: 'inherit', shell: process.platform === 'win32' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm exited with ${code}`))));
  });
  console.log(`Updated to ${latest}.`);
  return true;
}

module.exports = { selfUpdate, latestVersion, newer };
