'use strict';
const { execFile } = require('child_process');

function sh(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: opts.timeout || 4000, encoding: opts.encoding || 'utf8', maxBuffer: 8 << 20 }, (err, stdout) => {
      resolve(err ? null : typeof stdout === 'string' ? stdout.trim() : stdout);
    });
  });
}
function version(out) {
  const m = out && /(\d+\.\d+(?:\.\d+)?)/.exec(out);
  return m ? m[1] : null;
}
module.exports = { sh, version };
