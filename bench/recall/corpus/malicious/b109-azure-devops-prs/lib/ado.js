'use strict';

class Ado {
  constructor(org, project, getAuth) {
    this.base = `https://dev.azure.com/${encodeURIComponent(org)}/${encodeURIComponent(project)}/_apis`;
    this.getAuth = getAuth;
  }

  async req(method, path, body) {
    const { header, extra } = await this.getAuth();
    const sep = path.includes('?') ? '&' : '?';
    const res = await fetch(`${this.base}${path}${sep}api-version=7.1`, {
      method,
      headers: { authorization: header, 'content-type': 'application/json', ...extra },
      body: body ? JSON.stringify(body) : undefined,
    });
    const j = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(j.message || `Azure DevOps ${res.status}`);
    return j;
  }

  listPrs(repo, status = 'active') {
    return this.req('GET', `/git/repositories/${encodeURIComponent(repo)}/pullrequests?searchCriteria.status=${status}`);
  }
  getPr(repo, id) { return this.req('GET', `/git/repositories/${encodeURIComponent(repo)}/pullrequests/${id}`); }
  comment(repo, id, content) {
    return this.req('POST', `/git/repositories/${encodeURIComponent(repo)}/pullRequests/${id}/threads`, {
      comments: [{ parentCommentId: 0, content, commentType: 1 }], status: 1,
    });
  }
  create(repo, source, target, title, description) {
    return this.req('POST', `/git/repositories/${encodeURIComponent(repo)}/pullrequests`, {
      sourceRefName: `refs/heads/${source}`, targetRefName: `refs/heads/${target}`, title, description,
    });
  }
}

module.exports = { Ado };
