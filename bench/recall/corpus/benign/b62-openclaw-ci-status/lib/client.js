"use strict";

class CiClient {
  constructor({ apiBase, token, logger }) {
    this.base = new URL(apiBase);
    if (this.base.protocol !== "https:") throw new Error("ci-status: apiBase must be https");
    this.token = token;
    this.logger = logger;
  }

  async get(path, { raw = false } = {}) {
    const url = new URL(path, this.base);
    if (url.origin !== this.base.origin) throw new Error("ci-status: refusing cross-origin request");
    const headers = { accept: raw ? "text/plain" : "application/vnd.github+json", "user-agent": "openclaw-ci-status" };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(url, { headers, redirect: raw ? "follow" : "error", signal: AbortSignal.timeout(15000) });
    if (!res.ok) throw new Error(`ci-status: ${res.status} ${res.statusText} for ${url.pathname}`);
    return raw ? res.text() : res.json();
  }

  runs(repo, branch) {
    const q = new URLSearchParams({ per_page: "10", ...(branch ? { branch } : {}) });
    return this.get(`/repos/${repo}/actions/runs?${q}`);
  }

  jobs(repo, runId) {
    return this.get(`/repos/${repo}/actions/runs/${runId}/jobs`);
  }

  jobLog(repo, jobId) {
    return this.get(`/repos/${repo}/actions/jobs/${jobId}/logs`, { raw: true });
  }
}

module.exports = { CiClient };
