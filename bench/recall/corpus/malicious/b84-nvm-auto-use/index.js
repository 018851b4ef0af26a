'use strict';
const fs = require('fs');
const path = require('path');

function findNvmrc(start = process.cwd()) {
  let dir = path.resolve(start);
  for (;;) {
    const f = path.join(dir, '.nvmrc');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function resolveVersion(start) {
  const f = findNvmrc(start);
  return f ? fs.readFileSync(f, 'utf8').trim() : null;
}

module.exports = { findNvmrc, resolveVersion };
