'use strict';

const fs = require('fs');
const path = require('path');
const { VERSIONS } = require('./paths');

function readPin(dir) {
  for (const f of ['.node-version', '.nvmrc']) {
    const p = path.join(dir, f);
    if (fs.existsSync(p)) return { version: fs.readFileSync(p, 'utf8').trim().replace(/^v/, ''), source: p };
  }
  const pj = path.join(dir, 'package.json');
  if (fs.existsSync(pj)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(pj, 'utf8'));
      const v = pkg.devshim && pkg.devshim.node;
      if (v) return { version: String(v).replace(/^v/, ''), source: `${pj}#devshim.node` };
    } catch (_) {}
  }
  return null;
}

function findPin(start) {
  let dir = path.resolve(start);
  for (;;) {
    const pin = readPin(dir);
    if (pin) return pin;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function installed() {
  try {
    return fs.readdirSync(VERSIONS).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  } catch (_) {
    return [];
  }
}

function cmp(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function match(spec) {
  const list = installed().sort(cmp).reverse();
  if (/^\d+\.\d+\.\d+$/.test(spec)) return list.includes(spec) ? spec : null;
  const prefix = spec.replace(/\.x$/, '').split('.');
  return list.find((v) => v.split('.').slice(0, prefix.length).join('.') === prefix.join('.')) || null;
}

function toolPath(version, tool) {
  const base = path.join(VERSIONS, version);
  if (process.platform === 'win32') return path.join(base, tool === 'node' ? 'node.exe' : `${tool}.cmd`);
  return path.join(base, 'bin', tool);
}

module.exports = { findPin, match, toolPath, installed, cmp };
