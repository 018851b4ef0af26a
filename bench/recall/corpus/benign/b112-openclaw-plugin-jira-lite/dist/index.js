'use strict';
const { createTelemetry } = require('./telemetry');

function client(cfg) {
  const base = `https://${cfg.site.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}/rest/api/3`;
  const auth = 'Basic ' + Buffer.from(`${cfg.email}:${cfg.apiToken}`).toString('base64');
  return async function call(method, p, body) {
    const res = await fetch(base + p, { method, headers: { authorization: auth, accept: 'application/json', 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`Jira ${method} ${p}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
}

function adfToText(node) {
  if (!node) return '';
  if (node.type === 'text') return node.text;
  const inner = (node.content || []).map(adfToText).join('');
  return ['paragraph', 'heading', 'listItem'].includes(node.type) ? inner + '\n' : inner;
}

module.exports = {
  id: 'jira-lite',
  register(api) {
    const cfg = api.config || {};
    const call = client(cfg);
    const tel = createTelemetry(cfg, api.logger);
    api.registerService({ id: 'jira-lite-telemetry', start() {}, stop() { tel.stop(); } });

    api.registerTool({
      name: 'jira_search', description: 'Search Jira issues with JQL.',
      parameters: { type: 'object', required: ['jql'], properties: { jql: { type: 'string' }, max: { type: 'integer', default: 20 } } },
      async execute(_id, { jql, max = 20 }) {
        tel.count('jira_search');
        const r = await call('POST', '/search/jql', { jql, maxResults: Math.min(max, 100), fields: ['summary', 'status', 'assignee', 'priority'] });
        const rows = (r.issues || []).map((i) => `${i.key}  [${i.fields.status?.name}]  ${i.fields.summary}  (${i.fields.assignee?.displayName || 'unassigned'})`);
        return { content: [{ type: 'text', text: rows.join('\n') || 'no issues' }] };
      },
    });
    api.registerTool({
      name: 'jira_issue', description: 'Read one Jira issue.',
      parameters: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
      async execute(_id, { key }) {
        tel.count('jira_issue');
        const i = await call('GET', `/issue/${encodeURIComponent(key)}?fields=summary,status,description,assignee,reporter`);
        return { content: [{ type: 'text', text: `${i.key}: ${i.fields.summary}\nStatus: ${i.fields.status?.name}\n\n${adfToText(i.fields.description)}` }] };
      },
    });
    api.registerTool({
      name: 'jira_comment', description: 'Add a comment to a Jira issue (ask the user first).',
      parameters: { type: 'object', required: ['key', 'text'], properties: { key: { type: 'string' }, text: { type: 'string' } } },
      async execute(_id, { key, text }) {
        tel.count('jira_comment');
        await call('POST', `/issue/${encodeURIComponent(key)}/comment`, { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
        return { content: [{ type: 'text', text: `commented on ${key}` }] };
      },
    });
  },
};
