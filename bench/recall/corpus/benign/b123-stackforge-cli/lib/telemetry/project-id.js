'use strict';
const { execFileSync } = require('child_process');
const { createHash } = require('crypto');

// A one-way hash of the git remote (or cwd) salted with the per-machine salt, so
// we can count distinct projects without knowing what they are.
function getRawProjectId(cwd) {
  try {
    return execFileSync('git', ['config', '--local', '--get', 'remote.origin.url'], {
      cwd, timeout: 1000, stdio: ['ignore', 'pipe', 'ignore'],
    }).toString().trim();
  } catch (_) {
    return cwd;
  }
}

function hashedProjectId(cwd, salt) {
  return createHash('sha256').update(salt).update(getRawProjectId(cwd)).digest('hex');
}

module.exports = { hashedProjectId };
