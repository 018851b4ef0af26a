'use strict';
const fs = require('fs');
const path = require('path');

const FILE = '.ws-backup.json';
const DEFAULTS = { dest: null, keep: 10, exclude: [], includeSecrets: false };

function load(dir) {
  const p = path.join(dir, FILE);
  if (!fs.existsSync(p)) return { ...DEFAULTS };
  return { ...DEFAULTS, ...JSON.parse(fs.readFileSync(p, 'utf8')) };
}

function init(dir) {
  const p = path.join(dir, FILE);
  if (fs.existsSync(p)) return false;
  fs.writeFileSync(p, JSON.stringify({ ...DEFAULTS, dest: '' }, null, 2) + '\n');
  return true;
}

module.exports = { load, init, FILE };
