'use strict';
const fs = require('fs');
const path = require('path');
function resolveVersion(dir) {
  for (let d = dir; ; d = path.dirname(d)) {
    for (const f of ['.node-version', '.nvmrc']) {
      try { return fs.readFileSync(path.join(d, f), 'utf8').trim().replace(/^v/, ''); } catch { /* next */ }
    }
    if (path.dirname(d) === d) return null;
  }
}
module.exports = { resolveVersion };
