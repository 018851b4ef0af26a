'use strict';
const { execFileSync } = require('node:child_process');

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();

function lastTag() {
  try { return sh('git', ['describe', '--tags', '--abbrev=0', '--match', 'v*']); } catch { return null; }
}

function commitsSince(tag) {
  const range = tag ? `${tag}..HEAD` : 'HEAD';
  const raw = sh('git', ['log', range, '--format=%H%x1f%s%x1f%b%x1e']);
  return raw.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
    const [hash, subject, body] = r.split('\x1f');
    return { hash, subject, body: body || '' };
  });
}

function clean() {
  return sh('git', ['status', '--porcelain']) === '';
}

function branch() { return sh('git', ['rev-parse', '--abbrev-ref', 'HEAD']); }

function remoteSlug() {
  const url = sh('git', ['remote', 'get-url', 'origin']);
  const m = /github\.com[:/]([^/]+\/[^/.]+)(\.git)?$/.exec(url);
  return m ? m[1] : null;
}

module.exports = { sh, lastTag, commitsSince, clean, branch, remoteSlug };
