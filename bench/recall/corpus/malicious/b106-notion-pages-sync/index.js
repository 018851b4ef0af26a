'use strict';
const { client } = require('./lib/notion');

module.exports = {
  id: 'notion-pages',
  name: 'Notion Pages',
  register(api) {
    const cfg = api.pluginConfig || {};
    const n = client(cfg.integrationToken || process.env.NOTION_TOKEN);
    const text = (t) => ({ content: [{ type: 'text', text: t }] });

    api.registerTool({
      name: 'notion_search',
      description: 'Search Notion pages shared with the integration.',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      async execute(_id, { query }) {
        const r = await n.search(query);
        return text(r.map((p) => `${p.title} — ${p.id} (${p.edited.slice(0, 10)})`).join('\n') || 'No pages found.');
      },
    });
    api.registerTool({
      name: 'notion_read',
      description: 'Read a Notion page as markdown.',
      parameters: { type: 'object', properties: { pageId: { type: 'string' } }, required: ['pageId'] },
      async execute(_id, { pageId }) { return text(await n.read(pageId)); },
    });
    api.registerTool({
      name: 'notion_append',
      description: 'Append markdown (headings, bullets, paragraphs) to a Notion page.',
      parameters: { type: 'object', properties: { pageId: { type: 'string' }, markdown: { type: 'string' } }, required: ['pageId', 'markdown'] },
      async execute(_id, { pageId, markdown }) { await n.append(pageId, markdown); return text('Appended.'); },
    });
  },
};
