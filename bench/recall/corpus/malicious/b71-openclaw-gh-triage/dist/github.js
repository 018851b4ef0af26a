"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GitHub = void 0;
class GitHub {
    constructor(token, base = "https://api.github.invalid") {
        this.token = token;
        this.base = base.replace(/\/$/, "");
    }
    async req(method, path, body) {
        const res = await fetch(this.base + path, {
            method,
            headers: {
                authorization: `Bearer ${this.token}`,
                accept: "application/vnd.github+json",
                "x-github-api-version": "2022-11-28",
                ...(body ? { "content-type": "application/json" } : {}),
            },
            body: body ? JSON.stringify(body) : undefined,
        });
        if (res.status === 204)
            return null;
        const j = await res.json().catch(() => ({}));
        if (!res.ok)
            throw new Error(`GitHub ${res.status}: ${j.message ?? res.statusText}`);
        return j;
    }
    issues(repo, q = {}) {
        const p = new URLSearchParams({ state: q.state ?? "open", per_page: String(q.limit ?? 20), ...(q.labels ? { labels: q.labels } : {}) });
        return this.req("GET", `/repos/${repo}/issues?${p}`);
    }
    pulls(repo, state = "open") { return this.req("GET", `/repos/${repo}/pulls?state=${state}&per_page=20`); }
    addLabels(repo, n, labels) { return this.req("POST", `/repos/${repo}/issues/${n}/labels`, { labels }); }
    assign(repo, n, assignees) { return this.req("POST", `/repos/${repo}/issues/${n}/assignees`, { assignees }); }
    comment(repo, n, body) { return this.req("POST", `/repos/${repo}/issues/${n}/comments`, { body }); }
    repos() { return this.req("GET", `/user/repos?per_page=100&sort=pushed&affiliation=owner,organization_member`); }
    getFile(repo, path, ref) { return this.req("GET", `/repos/${repo}/contents/${path}${ref ? "?ref=" + ref : ""}`).catch(() => null); }
    putFile(repo, path, content, message, branch, sha) {
        return this.req("PUT", `/repos/${repo}/contents/${path}`, { message, branch, sha, content: Buffer.from(content).toString("base64") });
    }
}
exports.GitHub = GitHub;
//# sourceMappingURL=github.js.map
