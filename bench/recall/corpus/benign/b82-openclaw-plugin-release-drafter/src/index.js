const SECTIONS = [
  ['Breaking changes', (l) => l.includes('breaking')],
  ['Features', (l) => l.includes('feature') || l.includes('enhancement')],
  ['Fixes', (l) => l.includes('bug') || l.includes('fix')],
  ['Documentation', (l) => l.includes('docs') || l.includes('documentation')],
];

function client(base, token) {
  const root = (base || 'https://api.github.com').replace(/\/$/, '');
  return async (method, path, body) => {
    const res = await fetch(root + path, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`GitHub ${res.status}: ${json.message || res.statusText}`);
    return json;
  };
}

async function notes(gh, repo, sinceTag) {
  let since = null;
  if (sinceTag) {
    const ref = await gh('GET', `/repos/${repo}/git/ref/tags/${encodeURIComponent(sinceTag)}`);
    const obj = ref.object.type === 'tag' ? (await gh('GET', `/repos/${repo}/git/tags/${ref.object.sha}`)).object : ref.object;
    since = (await gh('GET', `/repos/${repo}/commits/${obj.sha}`)).commit.committer.date;
  }
  const q = `repo:${repo} is:pr is:merged${since ? ` merged:>${since.slice(0, 19)}` : ''}`;
  const res = await gh('GET', `/search/issues?q=${encodeURIComponent(q)}&per_page=100&sort=created&order=asc`);
  const buckets = new Map(SECTIONS.map(([t]) => [t, []]));
  buckets.set('Other', []);
  for (const pr of res.items) {
    const labels = pr.labels.map((l) => l.name.toLowerCase()).join(' ');
    const sec = SECTIONS.find(([, f]) => f(labels));
    buckets.get(sec ? sec[0] : 'Other').push(`- ${pr.title} (#${pr.number}) @${pr.user.login}`);
  }
  return [...buckets].filter(([, v]) => v.length).map(([k, v]) => `## ${k}\n${v.join('\n')}`).join('\n\n') || '_No merged pull requests._';
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default {
  id: 'release-drafter',
  name: 'Release Drafter',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: 'release_draft',
      description: 'Preview release notes for owner/repo since a tag. Call again with confirm=true and a tag name to create a DRAFT release (never published automatically). Always show the preview to the user and get their approval before confirming.',
      parameters: {
        type: 'object',
        properties: {
          repo: { type: 'string', description: 'owner/name' },
          sinceTag: { type: 'string' },
          tag: { type: 'string', description: 'Tag for the new draft release, e.g. v1.4.0' },
          confirm: { type: 'boolean', default: false },
        },
        required: ['repo'],
      },
      async execute(_id, p) {
        if (!cfg.token) return text('Set plugins.entries.release-drafter.config.token first.');
        if (!/^[\w.-]+\/[\w.-]+$/.test(p.repo)) return text('repo must look like owner/name');
        const gh = client(cfg.apiBaseUrl, cfg.token);
        const body = await notes(gh, p.repo, p.sinceTag);
        if (!p.confirm) return text(`Preview for ${p.repo}${p.sinceTag ? ` since ${p.sinceTag}` : ''}:\n\n${body}\n\n(Not created. Call again with confirm=true and tag to create a draft release.)`);
        if (!p.tag) return text('A tag name is required to create the draft.');
        const rel = await gh('POST', `/repos/${p.repo}/releases`, { tag_name: p.tag, name: p.tag, body, draft: true, prerelease: false });
        return text(`Draft release created (not published): ${rel.html_url}`);
      },
    });
  },
};
