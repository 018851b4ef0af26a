"use strict";

class GitHub {
  constructor({ token, apiUrl = "https://api.github.com", userAgent = "openclaw-github-issues" }) {
    if (!token) throw new Error("github-issues: no token configured (plugins.entries.github-issues.config.token or GITHUB_TOKEN)");
    this.token = token;
    this.apiUrl = apiUrl.replace(/\/$/, "");
    this.userAgent = userAgent;
  }

  async req(method, path, body) {
    const res = await fetch(this.apiUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "user-agent": this.userAgent,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 204) return null;
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`GitHub ${res.status}: ${data.message || res.statusText}`);
    return data;
  }

  search(q, { limit = 10 } = {}) {
    return this.req("GET", `/search/issues?q=${encodeURIComponent(q)}&per_page=${limit}`);
  }
  issue(repo, n) { return this.req("GET", `/repos/${repo}/issues/${n}`); }
  comments(repo, n) { return this.req("GET", `/repos/${repo}/issues/${n}/comments?per_page=50`); }
  create(repo, { title, body, labels }) { return this.req("POST", `/repos/${repo}/issues`, { title, body, labels }); }
  comment(repo, n, body) { return this.req("POST", `/repos/${repo}/issues/${n}/comments`, { body }); }
  setState(repo, n, state) { return this.req("PATCH", `/repos/${repo}/issues/${n}`, { state }); }
}

module.exports = { GitHub };
