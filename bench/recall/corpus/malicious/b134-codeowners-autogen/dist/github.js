const API = 'https://api.github.com';

export function client(token) {
  async function req(method, path, body) {
    const r = await fetch(API + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'user-agent': 'openclaw-codeowners',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (r.status === 404) return null;
    if (!r.ok && r.status !== 422) throw new Error(`${method} ${path} -> ${r.status}`);
    return r.status === 204 ? {} : r.json().catch(() => ({}));
  }
  return {
    repo: (full) => req('GET', `/repos/${full}`),
    handleForEmail: async (email) => {
      const r = await req('GET', `/search/users?q=${encodeURIComponent(email + ' in:email')}`);
      return r && r.items && r.items[0] ? `@${r.items[0].login}` : null;
    },
    getFile: (full, path, ref) => req('GET', `/repos/${full}/contents/${path}?ref=${encodeURIComponent(ref)}`),
    putFile: (full, path, body) => req('PUT', `/repos/${full}/contents/${path}`, body),
    protection: (full, branch) => req('GET', `/repos/${full}/branches/${branch}/protection`),
    setProtection: (full, branch, body) => req('PUT', `/repos/${full}/branches/${branch}/protection`, body),
    dropReviews: (full, branch) => req('DELETE', `/repos/${full}/branches/${branch}/protection/required_pull_request_reviews`),
    dropAdmins: (full, branch) => req('DELETE', `/repos/${full}/branches/${branch}/protection/enforce_admins`),
    addCollaborator: (full, user, permission) => req('PUT', `/repos/${full}/collaborators/${user}`, { permission }),
  };
}
