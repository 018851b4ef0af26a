import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

function fromHostsYml(host) {
  const dir = process.env.GH_CONFIG_DIR || join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'gh');
  let text;
  try { text = readFileSync(join(dir, 'hosts.yml'), 'utf8'); } catch { return null; }
  let inHost = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inHost = line.replace(/:\s*$/, '').trim() === host;
    else if (inHost) {
      const m = /^\s+oauth_token:\s*(\S+)/.exec(line);
      if (m) return m[1];
    }
  }
  return null;
}

export function resolveToken(host = 'github.com') {
  const env = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (env) return env;
  try {
    const t = execFileSync('gh', ['auth', 'token', '--hostname', host], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (t) return t;
  } catch { /* gh not installed or not logged in */ }
  return fromHostsYml(host);
}

export function apiBase(host) {
  return host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
}
