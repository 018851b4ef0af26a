// Live verification is OFF unless --verify is passed. Each candidate is sent only to the API of the provider
// that issued it (a GitHub token only to GitHub, and so on), over HTTPS, one request, read-only "who am I"
// endpoints. Bases are overridable for GitHub Enterprise / self-managed GitLab.

const BASES = {
  github: process.env.SECRETSWEEP_GITHUB_API || 'https://api.github.example.com',
  gitlab: process.env.SECRETSWEEP_GITLAB_API || 'https://gitlab.example.com/api/v4',
  npm: process.env.SECRETSWEEP_NPM_REGISTRY || 'https://registry.npmjs.example.com',
  slack: process.env.SECRETSWEEP_SLACK_API || 'https://slack.example.com/api',
};

const CHECKS = {
  github: (t) => [`${BASES.github}/user`, { headers: { authorization: `Bearer ${t}`, accept: 'application/vnd.github+json' } }],
  gitlab: (t) => [`${BASES.gitlab}/personal_access_tokens/self`, { headers: { 'private-token': t } }],
  npm: (t) => [`${BASES.npm}/-/whoami`, { headers: { authorization: `Bearer ${t}` } }],
  slack: (t) => [`${BASES.slack}/auth.test`, { method: 'POST', headers: { authorization: `Bearer ${t}` } }],
};

export async function verify(provider, secret) {
  const check = CHECKS[provider];
  if (!check) return 'unverifiable';
  const [url, init] = check(secret);
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    if (provider === 'slack') return (await res.json()).ok ? 'live' : 'revoked';
    if (res.status === 200) return 'live';
    if (res.status === 401 || res.status === 403) return 'revoked';
    return `unknown (${res.status})`;
  } catch {
    return 'error';
  }
}
