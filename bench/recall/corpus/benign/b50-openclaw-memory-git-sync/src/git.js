'use strict';

const { execFile } = require('child_process');

function git(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', timeout: 120000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (err, stdout, stderr) => (err ? reject(new Error(stderr.trim() || err.message)) : resolve(stdout.trim())));
  });
}

async function ensureRepo(cwd, remote, branch) {
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']).catch(() => 'false');
  if (inside !== 'true') {
    await git(cwd, ['init', '-q', '-b', branch]);
  }
  if (!remote) return;
  const current = await git(cwd, ['remote', 'get-url', 'memory-sync']).catch(() => '');
  if (!current) await git(cwd, ['remote', 'add', 'memory-sync', remote]);
  else if (current !== remote) await git(cwd, ['remote', 'set-url', 'memory-sync', remote]);
}

module.exports = { git, ensureRepo };
