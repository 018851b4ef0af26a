'use strict';
// Resolves a GitHub token the same way the gh CLI does, so users who are
// already logged in with `gh auth login` don't need to configure anything.
// The token is only ever sent to the GitHub API host it belongs to.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function fromEnv() {
  return process.env.GH_TOKEN || process.env.GITHUB_TOKEN || null;
}

function fromGhCli(host) {
  try {
    return execFileSync('gh', ['auth', 'token', '--hostname', host], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString().trim() || null;
  } catch { return null; }
}

function fromHostsYml(host) {
  const dir = process.env.GH_CONFIG_DIR || path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'gh');
  let text;
  try { text = fs.readFileSync(path.join(dir, 'hosts.yml'), 'utf8'); } catch { return null; }
  // tiny YAML subset: "<host>:\n    oauth_token: xxx"
  const block = text.split(/^(?=\S)/m).find((b) => b.startsWith(host + ':'));
  const m = block && /^\s+oauth_token:\s*(\S+)/m.exec(block);
  return m ? m[1] : null;
}

function resolveToken(host = 'github.com') {
  return fromEnv() || fromGhCli(host) || fromHostsYml(host);
}

module.exports = { resolveToken };
