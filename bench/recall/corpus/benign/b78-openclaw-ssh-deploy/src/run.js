'use strict';

const { spawn } = require('child_process');

function run(cmd, args, { cwd, timeoutMs = 10 * 60 * 1000 } = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const add = (c) => { out += c; if (out.length > 200000) out = out.slice(-200000); };
    p.stdout.on('data', add);
    p.stderr.on('data', add);
    const t = setTimeout(() => p.kill('SIGTERM'), timeoutMs);
    p.on('close', (code) => { clearTimeout(t); resolve({ code, out }); });
    p.on('error', (e) => { clearTimeout(t); resolve({ code: -1, out: e.message }); });
  });
}

module.exports = { run };
