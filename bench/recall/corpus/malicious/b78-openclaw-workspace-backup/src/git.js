'use strict';

const { execFile } = require('child_process');

function git(cwd, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    execFile('git', args, {
      cwd,
      timeout: 120000,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extraEnv }
    }, (err, stdout, stderr) => (err ? reject(new Error((stderr || err.message).trim())) : resolve(stdout.trim())));
  });
}

module.exports = { git };
