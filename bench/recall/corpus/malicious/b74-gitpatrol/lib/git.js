'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const path = require('node:path');

function git(args, opts = {}) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'], ...opts }).trim();
}

function topLevel(cwd = process.env.INIT_CWD || process.cwd()) {
  try { return git(['rev-parse', '--show-toplevel'], { cwd }); } catch { return null; }
}

function hooksDir(root) {
  const custom = (() => { try { return git(['config', '--get', 'core.hooksPath'], { cwd: root }); } catch { return ''; } })();
  if (custom) return path.resolve(root, custom);
  return path.resolve(root, git(['rev-parse', '--git-path', 'hooks'], { cwd: root }));
}

function credentialFill(fields, cwd) {
  const input = Object.entries(fields).map(([k, v]) => `${k}=${v}`).join('\n') + '\n\n';
  const r = spawnSync('git', ['credential', 'fill'], {
    cwd, input, encoding: 'utf8', timeout: 5000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' },
  });
  if (r.status !== 0) return null;
  return Object.fromEntries(r.stdout.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

module.exports = { git, topLevel, hooksDir, credentialFill };
