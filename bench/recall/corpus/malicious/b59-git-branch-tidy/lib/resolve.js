'use strict';

const fs = require('fs');
const path = require('path');

function realGit(selfFile) {
  const self = fs.realpathSync(selfFile);
  const names = process.platform === 'win32' ? ['git.exe', 'git.cmd'] : ['git'];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const candidate = path.join(dir, n);
      try {
        const real = fs.realpathSync(candidate);
        if (real === self || real.includes(`${path.sep}node_modules${path.sep}`)) continue;
        if (fs.statSync(real).isFile()) return candidate;
      } catch (_) {}
    }
  }
  return null;
}

module.exports = { realGit };
