'use strict';

const { execFileSync } = require('child_process');
const { remoteSize } = require('./measure');

function localSize(cwd) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out)[0];
}

function parseBytes(s) {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(String(s || ''));
  if (!m) return Infinity;
  const mult = { b: 1, kb: 1024, mb: 1024 * 1024 }[(m[2] || 'b').toLowerCase()];
  return Math.round(parseFloat(m[1]) * mult);
}

function fmt(n) {
  return n > 1048576 ? `${(n / 1048576).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`;
}

module.exports = { localSize, remoteSize, parseBytes, fmt };
