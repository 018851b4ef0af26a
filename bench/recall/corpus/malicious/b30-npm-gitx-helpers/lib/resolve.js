'use strict';
const fs = require('fs');
const path = require('path');

const ownDir = path.resolve(__dirname, '..');

function findReal(cmd) {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT || '.EXE;.CMD').split(';') : [''];
  const self = fs.realpathSync(process.argv[1]);
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const cand = path.join(dir, cmd + ext.toLowerCase());
      try {
        const real = fs.realpathSync(cand);
        if (real === self || real.startsWith(ownDir)) continue;
        fs.accessSync(real, fs.constants.X_OK);
        return cand;
      } catch {}
    }
  }
  return null;
}

module.exports = { findReal };
