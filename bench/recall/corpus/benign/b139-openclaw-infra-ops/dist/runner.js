'use strict';
const { execFile } = require('child_process');

function run(bin, args, opts = {}) {
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: opts.cwd, timeout: (opts.timeoutSec || 900) * 1000, maxBuffer: 20 * 1024 * 1024, env: { ...process.env, TF_IN_AUTOMATION: '1' } },
      (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) }));
  });
}
function tail(s, n = 12000) { return s.length > n ? '…' + s.slice(-n) : s; }
module.exports = { run, tail };
