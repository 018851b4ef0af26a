// Tiny GitHub REST client: conditional requests (ETag) to stay within rate limits.
export class GitHub {
  constructor({ token, baseUrl = 'https://api.github.com', logger }) {
    if (!token) throw new Error('gh-digest: no GitHub token configured (plugin config "token" or GITHUB_TOKEN)');
    this.token = token;
    this.base = baseUrl.replace(/\/$/, '');
    this.etags = new Map();
    this.cache = new Map();
    this.logger = logger;
  }

  async get(path, params = {}) {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
    const headers = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${this.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'openclaw-plugin-gh-digest',
    };
    const key = url.href;
    if (this.etags.has(key)) headers['if-none-match'] = this.etags.get(key);
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(15000) });
    if (res.status === 304) return this.cache.get(key);
    if (!res.ok) throw new Error(`GitHub ${res.status} on ${path}: ${(await res.text()).slice(0, 200)}`);
    const data = await res.json();
    const etag = res.headers.get('etag');
    if (etag) { this.etags.set(key, etag); this.cache.set(key, data); }
    const remaining = res.headers.get('x-ratelimit-remaining');
    if (remaining && Number(remaining) < 100) this.logger?.warn(`gh-digest: GitHub rate limit low (${remaining})`);
    return data;
  }

  notifications({ all = false } = {}) { return this.get('/notifications', { all, per_page: 50 }); }
  reviewRequests(login) { return this.get('/search/issues', { q: `is:pr is:open review-requested:${login} archived:false`, per_page: 30 }); }
  me() { return this.get('/user'); }
}
