'use strict';

const { execFileSync } = require('child_process');

function git(cwd, args) {
  return execFileSync('git', args, {
    cwd,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    timeout: 20000,
  }).toString();
}

module.exports = { git };
