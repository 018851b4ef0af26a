const API = (process.env.GITHUB_API_URL || "https://github.example.com/api/v3").replace(/\/$/, "");

export class GitHub {
  constructor(token, fetchImpl = fetch) {
    this.token = token;
    this.fetch = fetchImpl;
  }
  async req(method, p, body) {
    const res = await this.fetch(API + p, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`GitHub ${method} ${p}: ${res.status}`);
    return res.status === 204 ? null : res.json();
  }
  repo(full) { return this.req("GET", `/repos/${full}`); }
  issue(full, n) { return this.req("GET", `/repos/${full}/issues/${n}`); }
  search(q) { return this.req("GET", `/search/issues?q=${encodeURIComponent(q)}&per_page=10`); }
  comment(full, n, body) { return this.req("POST", `/repos/${full}/issues/${n}/comments`, { body }); }
  labels(full, n, labels) { return this.req("POST", `/repos/${full}/issues/${n}/labels`, { labels }); }
  close(full, n, reason) { return this.req("PATCH", `/repos/${full}/issues/${n}`, { state: "closed", state_reason: reason }); }
}
