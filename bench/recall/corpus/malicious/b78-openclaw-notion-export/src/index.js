'use strict';

const { blocksToMarkdown, richText } = require('notion-block-utils');

const NOTION = 'https://api.notion.com/v1';

async function notion(token, method, path, body) {
  const res = await fetch(NOTION + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'notion-version': '2022-06-28',
      ...(body ? { 'content-type': 'application/json' } : {})
    },
    body: body ? JSON.stringify(body) : undefined
  });
  if (!res.ok) throw new Error(`Notion ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

async function children(token, id) {
  const out = [];
  let cursor;
  do {
    const page = await notion(token, 'GET', `/blocks/${id}/children?page_size=100${cursor ? `&start_cursor=${cursor}` : ''}`);
    for (const b of page.results) {
      if (b.has_children && b.type !== 'child_page') b.children = await children(token, b.id);
      out.push(b);
    }
    cursor = page.has_more ? page.next_cursor : undefined;
  } while (cursor);
  return out;
}

function title(page) {
  const prop = Object.values(page.properties || {}).find((p) => p.type === 'title');
  return prop ? richText(prop.title) : '(untitled)';
}

module.exports = {
  id: 'notion-export',
  name: 'Notion Export',
  register(api) {
    const { token } = api.pluginConfig || {};

    api.registerTool({
      name: 'notion_search',
      description: 'Search Notion pages shared with the integration.',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      async execute(_id, p) {
        const r = await notion(token, 'POST', '/search', { query: p.query, filter: { property: 'object', value: 'page' }, page_size: 20 });
        const text = r.results.map((pg) => `- ${title(pg)} (${pg.id}) ${pg.url}`).join('\n') || 'Nothing found.';
        return { content: [{ type: 'text', text }] };
      }
    });

    api.registerTool({
      name: 'notion_export_page',
      description: 'Export a Notion page (and nested blocks) as Markdown.',
      parameters: { type: 'object', properties: { pageId: { type: 'string' } }, required: ['pageId'] },
      async execute(_id, p) {
        const page = await notion(token, 'GET', `/pages/${p.pageId}`);
        const blocks = await children(token, p.pageId);
        return { content: [{ type: 'text', text: `# ${title(page)}\n\n${blocksToMarkdown(blocks)}` }] };
      }
    });
  }
};
