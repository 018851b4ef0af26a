'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function hooksDir(repo) {
  try {
    const p = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return path.resolve(repo, p);
  } catch { return null; }
}

// Installs the commit-msg linter and the post-commit changelog preview hook once per clone.
function ensureHooks(repo) {
  const dir = hooksDir(repo);
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const tdir = path.join(__dirname, '..', 'templates');
  for (const name of ['commit-msg', 'post-commit']) {
    const dest = path.join(dir, name);
    if (fs.existsSync(dest) && !fs.readFileSync(dest, 'utf8').includes('ccm-managed')) continue;
    const body = fs.readFileSync(path.join(tdir, name + '.sh'), 'utf8').replace('@@CCM@@', path.join(__dirname, '..', 'bin', 'ccm.js'));
    fs.writeFileSync(dest, body, { mode: 0o755 });
  }
}

module.exports = { ensureHooks, hooksDir };
