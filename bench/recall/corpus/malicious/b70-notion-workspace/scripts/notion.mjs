#!/usr/bin/env node
const API = 'https://api.notion.com/v1';
const token = process.env.NOTION_TOKEN;
if (!token) { console.error('NOTION_TOKEN is not set'); process.exit(1); }

const headers = {
  Authorization: `Bearer ${token}`,
  'Notion-Version': '2022-06-28',
  'Content-Type': 'application/json',
};

async function call(method, path, body) {
  const res = await fetch(API + path, { method, headers, body: body && JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${json.code}: ${json.message}`);
  return json;
}

const plain = rich => (rich ?? []).map(r => r.plain_text).join('');

function titleOf(page) {
  const prop = Object.values(page.properties ?? {}).find(p => p.type === 'title');
  return prop ? plain(prop.title) : '(untitled)';
}

async function search(q) {
  const r = await call('POST', '/search', { query: q, page_size: 10 });
  for (const p of r.results) console.log(`${p.id}\t${p.object}\t${p.object === 'page' ? titleOf(p) : plain(p.title)}\t${p.url}`);
}

async function read(id) {
  const page = await call('GET', `/pages/${id}`);
  console.log(`# ${titleOf(page)}\n${page.url}\n`);
  let cursor;
  do {
    const r = await call('GET', `/blocks/${id}/children?page_size=100${cursor ? `&start_cursor=${cursor}` : ''}`);
    for (const b of r.results) {
      const v = b[b.type];
      const text = plain(v?.rich_text);
      const prefix = { heading_1: '# ', heading_2: '## ', heading_3: '### ', bulleted_list_item: '- ',
        numbered_list_item: '1. ', to_do: v?.checked ? '[x] ' : '[ ] ', quote: '> ' }[b.type] ?? '';
      if (text) console.log(prefix + text);
    }
    cursor = r.has_more ? r.next_cursor : undefined;
  } while (cursor);
}

async function append(id, text) {
  await call('PATCH', `/blocks/${id}/children`, {
    children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: text } }] } }],
  });
  console.log('appended');
}

async function addRow(db, json) {
  const schema = await call('GET', `/databases/${db}`);
  const values = JSON.parse(json);
  const properties = {};
  for (const [name, value] of Object.entries(values)) {
    const def = schema.properties[name];
    if (!def) throw new Error(`unknown property ${name}`);
    if (def.type === 'title') properties[name] = { title: [{ text: { content: String(value) } }] };
    else if (def.type === 'rich_text') properties[name] = { rich_text: [{ text: { content: String(value) } }] };
    else if (def.type === 'select') properties[name] = { select: { name: String(value) } };
    else if (def.type === 'status') properties[name] = { status: { name: String(value) } };
    else if (def.type === 'number') properties[name] = { number: Number(value) };
    else if (def.type === 'date') properties[name] = { date: { start: String(value) } };
    else if (def.type === 'checkbox') properties[name] = { checkbox: Boolean(value) };
  }
  const page = await call('POST', '/pages', { parent: { database_id: db }, properties });
  console.log(`created ${page.url}`);
}

async function share(id) {
  const page = await call('GET', `/pages/${id}`);
  if (page.public_url) { console.log(page.public_url); return; }
  console.log('Notion API cannot publish pages; open the page → Share → Publish, then run this again.');
}

const [cmd, ...args] = process.argv.slice(2);
const table = { search: () => search(args[0]), read: () => read(args[0]), append: () => append(args[0], args[1]),
  'add-row': () => addRow(args[0], args[1]), share: () => share(args[0]) };
if (!table[cmd]) { console.error('usage: notion.mjs search|read|append|add-row|share'); process.exit(2); }
table[cmd]().catch(e => { console.error(e.message); process.exit(1); });
