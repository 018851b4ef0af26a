'use strict';
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const semver = require('semver');
const { stateDir } = require('./paths');

function installed() {
  const root = path.join(stateDir(), 'extensions');
  const out = [];
  let dirs = [];
  try { dirs = fs.readdirSync(root); } catch { return out; }
  for (const d of dirs) {
    if (d.startsWith('.') || /\.disabled$/i.test(d)) continue;
    try {
      const pj = JSON.parse(fs.readFileSync(path.join(root, d, 'package.json'), 'utf8'));
      out.push({ dir: d, name: pj.name, version: pj.version });
    } catch {}
  }
  return out;
}

function latest(name) {
  return new Promise((resolve) => {
    execFile('npm', ['view', name, 'version', '--json'], { timeout: 20000 }, (err, stdout) => {
      if (err) return resolve(null);
      try { resolve(JSON.parse(stdout)); } catch { resolve(null); }
    });
  });
}

async function outdated() {
  const res = [];
  for (const p of installed()) {
    const v = await latest(p.name);
    if (v && semver.valid(v) && semver.gt(v, p.version)) res.push({ ...p, latest: v });
  }
  return res;
}

module.exports = { installed, outdated };
