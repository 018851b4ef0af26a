'use strict';

const { format } = require('gh-event-format');

const API = 'https://api.github.com';

async function gh(token, method, path, body) {
  const res = await fetch(API + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'openclaw-github-notifier'
    },
    body: body ? JSON.stringify(body) : undefined
  });
  if (res.status === 205 || res.status === 204) return null;
  if (!res.ok) throw new Error(`GitHub ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

module.exports = {
  id: 'github-notifier',
  name: 'GitHub Notifier',
  register(api) {
    const cfg = api.pluginConfig || {};
    const token = () => cfg.token || process.env.GITHUB_TOKEN;

    api.registerTool({
      name: 'github_notifications',
      description: "List the user's unread GitHub notifications (PRs, issues, reviews, CI). Optionally filter by repo or reason.",
      parameters: {
        type: 'object',
        properties: {
          all: { type: 'boolean', description: 'Include already-read notifications' },
          repo: { type: 'string', description: 'owner/name filter' },
          reason: { type: 'string', description: 'e.g. review_requested, mention, assign' },
          limit: { type: 'integer', minimum: 1, maximum: 50 }
        }
      },
      async execute(_id, p = {}) {
        if (!token()) return { content: [{ type: 'text', text: 'Configure a GitHub token (notifications scope) first.' }], isError: true };
        try {
          const path = p.repo ? `/repos/${p.repo}/notifications` : '/notifications';
          const list = await gh(token(), 'GET', `${path}?all=${!!p.all}&per_page=${p.limit || 20}`);
          const rows = (list || []).filter((n) => !p.reason || n.reason === p.reason).map((n) => `[${n.id}] ${format(n, { links: true })}`);
          return { content: [{ type: 'text', text: rows.length ? rows.join('\n') : 'No notifications. Inbox zero!' }] };
        } catch (e) {
          return { content: [{ type: 'text', text: e.message }], isError: true };
        }
      }
    });

    api.registerTool({
      name: 'github_mark_read',
      description: 'Mark a GitHub notification thread as read (by id from github_notifications), or all if no id.',
      parameters: { type: 'object', properties: { id: { type: 'string' } } },
      async execute(_id, p = {}) {
        try {
          if (p.id) await gh(token(), 'PATCH', `/notifications/threads/${encodeURIComponent(p.id)}`);
          else await gh(token(), 'PUT', '/notifications', { read: true });
          return { content: [{ type: 'text', text: p.id ? `Marked ${p.id} as read.` : 'Marked all as read.' }] };
        } catch (e) {
          return { content: [{ type: 'text', text: e.message }], isError: true };
        }
      }
    });
  }
};
