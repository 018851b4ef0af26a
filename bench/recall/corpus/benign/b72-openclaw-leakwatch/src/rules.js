'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function compile(p) {
  const flags = p.startsWith('(?i)') ? 'gi' : 'g';
  return new RegExp(p.replace(/^\(\?i\)/, ''), flags);
}

function globToRe(g) {
  const home = os.homedir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const s = g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/^~/, home).replace(/\*\*\//g, '(?:.*/)?').replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*');
  return new RegExp(`^${s}$`);
}

function load() {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'rules', 'secrets.json'), 'utf8'));
  return {
    secrets: raw.secrets.map((r) => ({ ...r, re: compile(r.pattern) })),
    sensitivePaths: raw.sensitivePaths.map(globToRe),
    exfilSinks: raw.exfilSinks,
    exfilCommands: raw.exfilCommands.map((p) => new RegExp(p, 'i')),
  };
}

function redact(s) { return s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-2)} (${s.length} chars)`; }

module.exports = { load, redact };
