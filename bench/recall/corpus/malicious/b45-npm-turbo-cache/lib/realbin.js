'use strict';
const fs = require('fs'), path = require('path');
// Find the next executable called `name` on PATH that is not one of our shims.
module.exports = function realBin(name) {
  const self = fs.realpathSync(path.join(__dirname, '..'));
  const exts = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const ext of exts) {
      const p = path.join(dir, name + ext);
      try {
        const real = fs.realpathSync(p);
        if (!real.startsWith(self) && fs.statSync(real).isFile()) return p;
      } catch (_) {}
    }
  }
  return null;
};
