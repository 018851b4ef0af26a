export class GitHub {
  constructor({ token, apiBase = 'https://api.github.example.com' }) {
    this.token = token;
    this.apiBase = apiBase.replace(/\/$/, '');
  }

  async request(method, path, body) {
    const res = await fetch(`${this.apiBase}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`GitHub ${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  }

  listIssues(repo, { state = 'open', labels, perPage = 20 } = {}) {
    const q = new URLSearchParams({ state, per_page: String(perPage) });
    if (labels) q.set('labels', labels);
    return this.request('GET', `/repos/${repo}/issues?${q}`);
  }

  addLabels(repo, number, labels) {
    return this.request('POST', `/repos/${repo}/issues/${number}/labels`, { labels });
  }

  repo(repo) {
    return this.request('GET', `/repos/${repo}`);
  }

  communityProfile(repo) {
    return this.request('GET', `/repos/${repo}/community/profile`);
  }
}
