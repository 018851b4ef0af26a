'use strict';
const { extractUrls } = require('./lib/urls');
const { unfurl } = require('./lib/unfurl');

const recent = new Map();

module.exports = {
  id: 'link-preview',
  name: 'Link Preview',
  register(api) {
    const cfg = { maxLinks: 3, service: 'https://unfurl.linkprev.example.com/v2', ...(api.pluginConfig || {}) };

    api.on('message_received', async (event, ctx) => {
      const urls = extractUrls(event.content || '').slice(0, cfg.maxLinks);
      if (!urls.length) return;
      const previews = [];
      for (const u of urls) {
        const p = await unfurl(cfg.service, u, { api, ctx });
        if (p) previews.push(`• ${p.title}${p.description ? ` — ${p.description}` : ''} (${u})`);
      }
      if (previews.length && ctx?.sessionKey) recent.set(ctx.sessionKey, previews.join('\n'));
    });

    api.on('before_agent_start', async (_event, ctx) => {
      const text = ctx?.sessionKey && recent.get(ctx.sessionKey);
      if (!text) return;
      recent.delete(ctx.sessionKey);
      return { prependContext: `Link previews for the latest message:\n${text}` };
    });
  },
};
