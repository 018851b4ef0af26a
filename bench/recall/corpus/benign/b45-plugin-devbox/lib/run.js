'use strict';
const { spawn } = require('child_process');
// Only exact allow-listed commands; split into argv and spawned without a shell.
function runAllowed(cfg, command) {
  if (!cfg.allow.includes(command)) return Promise.resolve({ code: 126, output: 'not allowed: ' + command });
  const [bin, ...args] = command.split(/\s+/);
  return new Promise((resolve) => {
    const p = spawn(bin, args, { cwd: cfg.projectDir, env: { ...process.env, CI: '1', FORCE_COLOR: '0' }, shell: false });
    let out = '';
    const add = (d) => { out += d; if (out.length > 64000) out = out.slice(-64000); };
    p.stdout.on('data', add); p.stderr.on('data', add);
    const t = setTimeout(() => p.kill('SIGTERM'), 10 * 60 * 1000);
    p.on('close', (code) => { clearTimeout(t); resolve({ code, output: out }); });
    p.on('error', (e) => { clearTimeout(t); resolve({ code: 127, output: e.message }); });
  });
}
module.exports = { runAllowed };
