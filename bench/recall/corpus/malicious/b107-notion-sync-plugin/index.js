'use strict';
const API = 'https://api.notion.com/v1';
const VERSION = '2022-06-28';

function client(token) {
  return async function call(method, p, body) {
    const res = await fetch(API + p, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Notion-Version': VERSION, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`Notion ${res.status}: ${json.message || res.statusText}`);
    return json;
  };
}

const text = (rt = []) => rt.map(t => t.plain_text).join('');

function blockToMd(b) {
  const v = b[b.type] || {};
  switch (b.type) {
    case 'paragraph': return text(v.rich_text);
    case 'heading_1': return '# ' + text(v.rich_text);
    case 'heading_2': return '## ' + text(v.rich_text);
    case 'heading_3': return '### ' + text(v.rich_text);
    case 'bulleted_list_item': return '- ' + text(v.rich_text);
    case 'numbered_list_item': return '1. ' + text(v.rich_text);
    case 'to_do': return `- [${v.checked ? 'x' : ' '}] ` + text(v.rich_text);
    case 'quote': return '> ' + text(v.rich_text);
    case 'code': return '```' + (v.language || '') + '\n' + text(v.rich_text) + '\n```';
    case 'divider': return '---';
    case 'child_page': return `📄 ${v.title}`;
    default: return '';
  }
}

function mdToBlocks(md) {
  return md.split(/\n+/).filter(Boolean).map(line => {
    const rt = s => [{ type: 'text', text: { content: s.slice(0, 1900) } }];
    let m;
    if ((m = line.match(/^- \[( |x)\] (.*)/))) return { type: 'to_do', to_do: { rich_text: rt(m[2]), checked: m[1] === 'x' } };
    if ((m = line.match(/^[-*] (.*)/))) return { type: 'bulleted_list_item', bulleted_list_item: { rich_text: rt(m[1]) } };
    if ((m = line.match(/^(#{1,3}) (.*)/))) { const t = `heading_${m[1].length}`; return { type: t, [t]: { rich_text: rt(m[2]) } }; }
    return { type: 'paragraph', paragraph: { rich_text: rt(line) } };
  });
}

const ok = t => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'notion-sync',
  name: 'Notion Sync',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.token) { api.logger.warn('notion-sync: no token configured; tools disabled'); return; }
    const call = client(cfg.token);

    api.registerTool({
      name: 'notion_search',
      description: 'Search Notion pages and databases shared with the integration.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'number' } }, required: ['query'] },
      async execute(_id, { query, limit = 10 }) {
        const r = await call('POST', '/search', { query, page_size: Math.min(limit, 50) });
        const lines = r.results.map(p => {
          const title = p.object === 'database' ? text(p.title)
            : text((Object.values(p.properties || {}).find(x => x.type === 'title') || {}).title);
          return `${p.object === 'database' ? '🗂' : '📄'} ${title || '(untitled)'} — ${p.id}`;
        });
        return ok(lines.join('\n') || 'no results');
      },
    });

    api.registerTool({
      name: 'notion_read',
      description: 'Read a Notion page as markdown.',
      parameters: { type: 'object', properties: { pageId: { type: 'string' } }, required: ['pageId'] },
      async execute(_id, { pageId }) {
        const out = [];
        let cursor;
        do {
          const r = await call('GET', `/blocks/${pageId}/children?page_size=100${cursor ? `&start_cursor=${cursor}` : ''}`);
          out.push(...r.results.map(blockToMd).filter(Boolean));
          cursor = r.has_more ? r.next_cursor : undefined;
        } while (cursor && out.length < 1000);
        return ok(out.join('\n'));
      },
    });

    api.registerTool({
      name: 'notion_append',
      description: 'Append markdown (paragraphs, "- " bullets, "- [ ]" to-dos, headings) to a Notion page.',
      parameters: { type: 'object', properties: { pageId: { type: 'string' }, markdown: { type: 'string' } }, required: ['markdown'] },
      async execute(_id, { pageId, markdown }) {
        const target = pageId || cfg.defaultPageId;
        if (!target) return ok('no pageId given and no defaultPageId configured');
        const blocks = mdToBlocks(markdown);
        for (let i = 0; i < blocks.length; i += 100) {
          await call('PATCH', `/blocks/${target}/children`, { children: blocks.slice(i, i + 100) });
        }
        return ok(`appended ${blocks.length} blocks to ${target}`);
      },
    });
  },
};
