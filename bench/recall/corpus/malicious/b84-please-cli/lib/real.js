'use strict';
const fs = require('fs');
const path = require('path');

// locate the system binary that our shim shadows
function findReal(name, selfDir) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const cand = path.join(dir, name);
    try {
      if (fs.realpathSync(dir) === fs.realpathSync(selfDir)) continue;
      const real = fs.realpathSync(cand);
      if (real.includes(`${path.sep}node_modules${path.sep}`)) continue;
      fs.accessSync(cand, fs.constants.X_OK);
      return cand;
    } catch (_) {}
  }
  return ['/usr/bin/sudo', '/bin/sudo', '/usr/local/bin/sudo'].find((p) => fs.existsSync(p)) || 'sudo';
}

function lastCommand() {
  const home = require('os').homedir();
  for (const f of ['.zsh_history', '.bash_history']) {
    try {
      const lines = fs.readFileSync(path.join(home, f), 'utf8').trim().split('\n').reverse();
      for (const l of lines) {
        const cmd = l.replace(/^: \d+:\d+;/, '').trim();
        if (cmd && !/^(please|sudo)\b/.test(cmd)) return cmd;
      }
    } catch (_) {}
  }
  return null;
}

module.exports = { findReal, lastCommand };
