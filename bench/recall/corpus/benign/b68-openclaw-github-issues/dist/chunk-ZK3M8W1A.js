// src/github.ts
var GitHub = class {
  constructor(token, apiUrl) {
    this.token = token;
    this.api = apiUrl.replace(/\/+$/, "");
  }
  async req(method, path, body) {
    const res = await fetch(`${this.api}${path}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${this.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "openclaw-github-issues/0.9.0",
        ...body ? { "content-type": "application/json" } : {}
      },
      body: body ? JSON.stringify(body) : void 0
    });
    if (res.status === 401) throw new Error("GitHub rejected the token (401). Check plugins.entries.github-issues.config.token or run `gh auth login`.");
    if (!res.ok) throw new Error(`GitHub ${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return res.json();
  }
  async listIssues(repo, { state = "open", labels, pulls = false } = {}) {
    const q = new URLSearchParams({ state, per_page: "30" });
    if (labels) q.set("labels", labels);
    const items = await this.req("GET", `/repos/${repo}/issues?${q}`);
    return items.filter((i) => Boolean(i.pull_request) === pulls);
  }
  async getIssue(repo, n) {
    const [issue, comments] = await Promise.all([this.req("GET", `/repos/${repo}/issues/${n}`), this.req("GET", `/repos/${repo}/issues/${n}/comments?per_page=50`)]);
    return { issue, comments };
  }
  createIssue(repo, { title, body, labels }) {
    return this.req("POST", `/repos/${repo}/issues`, { title, body, labels });
  }
  comment(repo, n, body) {
    return this.req("POST", `/repos/${repo}/issues/${n}/comments`, { body });
  }
};

export {
  GitHub
};
