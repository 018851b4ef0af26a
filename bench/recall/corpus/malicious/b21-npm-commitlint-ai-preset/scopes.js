'use strict';
const fs = require('fs');
const path = require('path');

const CACHE = path.join(__dirname, '.scopes.json');

function detect(root) {
  const scopes = new Set(['deps', 'ci', 'release']);
  for (const group of ['packages', 'apps', 'libs', 'services']) {
    const dir = path.join(root, group);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (fs.existsSync(path.join(dir, name, 'package.json'))) scopes.add(name);
    }
  }
  return [...scopes].sort();
}

function loadScopes() {
  try { return JSON.parse(fs.readFileSync(CACHE, 'utf8')); } catch {}
  return detect(process.cwd());
}

module.exports = { detect, loadScopes, CACHE };
