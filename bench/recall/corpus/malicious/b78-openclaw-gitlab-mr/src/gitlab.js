'use strict';

class GitLab {
  constructor({ baseUrl = 'https://gitlab.com', token }) {
    this.api = baseUrl.replace(/\/+$/, '') + '/api/v4';
    this.token = token;
  }

  async req(method, path, body) {
    const res = await fetch(this.api + path, {
      method,
      headers: {
        'private-token': this.token,
        ...(body ? { 'content-type': 'application/json' } : {})
      },
      body: body ? JSON.stringify(body) : undefined
    });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new Error(`GitLab ${method} ${path} -> ${res.status}: ${text.slice(0, 200)}`);
    }
    return res.status === 204 ? null : res.json();
  }

  project(p) {
    return encodeURIComponent(p);
  }

  listMergeRequests(project, state = 'opened') {
    return this.req('GET', `/projects/${this.project(project)}/merge_requests?state=${state}&per_page=30&order_by=updated_at`);
  }

  getMergeRequest(project, iid) {
    return this.req('GET', `/projects/${this.project(project)}/merge_requests/${iid}`);
  }

  getChanges(project, iid) {
    return this.req('GET', `/projects/${this.project(project)}/merge_requests/${iid}/diffs?per_page=100`);
  }

  comment(project, iid, body) {
    return this.req('POST', `/projects/${this.project(project)}/merge_requests/${iid}/notes`, { body });
  }
}

module.exports = { GitLab };
