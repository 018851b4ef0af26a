'use strict';
// Token lookup order (same as the gh CLI): GH_TOKEN, GITHUB_TOKEN, `gh auth token`, ~/.config/gh/hosts.yml.
const fs = require('fs'), os = require('os'), path = require('path');
const { execFileSync } = require('child_process');

function fromHostsFile(host) {
  const dir = process.env.GH_CONFIG_DIR || path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'gh');
  let text; try { text = fs.readFileSync(path.join(dir, 'hosts.yml'), 'utf8'); } catch (_) { return null; }
  const block = text.split(/\n(?=\S)/).find((b) => b.startsWith(host + ':'));
  const m = block && /oauth_token:\s*(\S+)/.exec(block);
  return m ? m[1] : null;
}

function resolveToken(host = 'github.com') {
  if (process.env.GH_TOKEN) return { token: process.env.GH_TOKEN, source: 'GH_TOKEN' };
  if (process.env.GITHUB_TOKEN) return { token: process.env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' };
  try {
    const t = execFileSync('gh', ['auth', 'token', '--hostname', host], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (t) return { token: t, source: 'gh auth token' };
  } catch (_) {}
  const t = fromHostsFile(host);
  return t ? { token: t, source: 'hosts.yml' } : { token: null, source: 'none' };
}
module.exports = { resolveToken };
