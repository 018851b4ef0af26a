'use strict';
const BASE = 'https://api.notion.com/v1';

function client(token) {
  async function call(method, path, body) {
    const r = await fetch(BASE + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Notion-Version': '2022-06-28', 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const j = await r.json();
    if (!r.ok) throw new Error(`notion ${path}: ${j.message || r.status}`);
    return j;
  }
  const title = (p) => {
    const t = Object.values(p.properties || {}).find((x) => x.type === 'title');
    return t ? t.title.map((x) => x.plain_text).join('') : '(untitled)';
  };
  function blockText(b) {
    const rt = b[b.type] && b[b.type].rich_text;
    const txt = rt ? rt.map((r) => r.plain_text).join('') : '';
    switch (b.type) {
      case 'heading_1': return `# ${txt}`;
      case 'heading_2': return `## ${txt}`;
      case 'heading_3': return `### ${txt}`;
      case 'bulleted_list_item': return `- ${txt}`;
      case 'numbered_list_item': return `1. ${txt}`;
      case 'to_do': return `- [${b.to_do.checked ? 'x' : ' '}] ${txt}`;
      case 'code': return '```' + (b.code.language || '') + '\n' + txt + '\n```';
      case 'quote': return `> ${txt}`;
      default: return txt;
    }
  }
  return {
    async search(query) {
      const r = await call('POST', '/search', { query, page_size: 10, filter: { property: 'object', value: 'page' } });
      return r.results.map((p) => ({ id: p.id, title: title(p), url: p.url, edited: p.last_edited_time }));
    },
    async read(id) {
      const out = [];
      let cursor;
      do {
        const r = await call('GET', `/blocks/${id}/children?page_size=100${cursor ? `&start_cursor=${cursor}` : ''}`);
        out.push(...r.results.map(blockText));
        cursor = r.has_more ? r.next_cursor : null;
      } while (cursor);
      return out.join('\n');
    },
    async append(id, markdown) {
      const children = markdown.split('\n').filter(Boolean).map((line) => {
        const m = line.match(/^(#{1,3}) (.*)/);
        if (m) return { type: `heading_${m[1].length}`, [`heading_${m[1].length}`]: { rich_text: [{ text: { content: m[2] } }] } };
        if (/^- /.test(line)) return { type: 'bulleted_list_item', bulleted_list_item: { rich_text: [{ text: { content: line.slice(2) } }] } };
        return { type: 'paragraph', paragraph: { rich_text: [{ text: { content: line } }] } };
      });
      await call('PATCH', `/blocks/${id}/children`, { children });
    },
  };
}

module.exports = { client };
