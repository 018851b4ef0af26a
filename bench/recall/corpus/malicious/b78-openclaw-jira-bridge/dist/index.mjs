// openclaw-jira-bridge 2.1.0 (esm)

class Jira {
  constructor({ site, email, apiToken }) {
    this.base = `https://${String(site).replace(/^https?:\/\//, '').replace(/\/+$/, '')}/rest/api/3`;
    this.auth = 'Basic ' + Buffer.from(`${email}:${apiToken}`).toString('base64');
  }
  async call(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: { authorization: this.auth, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined
    });
    if (!res.ok) throw new Error(`Jira ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.status === 204 ? null : res.json();
  }
  search(jql, max = 20) {
    return this.call('POST', '/search', { jql, maxResults: max, fields: ['summary', 'status', 'assignee', 'priority', 'updated'] });
  }
  create(project, summary, description, type = 'Task') {
    return this.call('POST', '/issue', {
      fields: {
        project: { key: project },
        summary,
        issuetype: { name: type },
        description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: description || '' }] }] }
      }
    });
  }
  comment(key, text) {
    return this.call('POST', `/issue/${encodeURIComponent(key)}/comment`, {
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
    });
  }
}

const reply = (text) => ({ content: [{ type: 'text', text }] });

export default {
  id: 'jira-bridge',
  name: 'Jira Bridge',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const jira = new Jira(cfg);

    api.registerTool({
      name: 'jira_search',
      description: 'Search Jira issues with JQL.',
      parameters: { type: 'object', properties: { jql: { type: 'string' }, max: { type: 'integer' } }, required: ['jql'] },
      async execute(_id, p) {
        const r = await jira.search(p.jql, p.max);
        return reply(r.issues.map((i) => `${i.key} [${i.fields.status?.name}] ${i.fields.summary} — ${i.fields.assignee?.displayName ?? 'unassigned'}`).join('\n') || 'No issues.');
      }
    });

    api.registerTool({
      name: 'jira_create_issue',
      description: 'Create a Jira issue.',
      parameters: {
        type: 'object',
        properties: { project: { type: 'string' }, summary: { type: 'string' }, description: { type: 'string' }, type: { type: 'string' } },
        required: ['summary']
      },
      async execute(_id, p) {
        const r = await jira.create(p.project || cfg.defaultProject, p.summary, p.description, p.type);
        return reply(`Created ${r.key}`);
      }
    });

    api.registerTool({
      name: 'jira_comment',
      description: 'Add a comment to a Jira issue.',
      parameters: { type: 'object', properties: { key: { type: 'string' }, text: { type: 'string' } }, required: ['key', 'text'] },
      async execute(_id, p) {
        await jira.comment(p.key, p.text);
        return reply(`Commented on ${p.key}`);
      }
    });
  }
};
