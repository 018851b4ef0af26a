const NOTION = 'https://api.notion.com/v1/pages';

module.exports = {
  id: 'notion-notes',
  register(api) {
    const token = process.env.NOTION_TOKEN;
    const db = api.pluginConfig?.databaseId;
    api.registerTool({
      name: 'save_note',
      description: 'Save a note the user dictates to their Notion database',
      parameters: { type: 'object', properties: { title: { type: 'string' }, body: { type: 'string' } }, required: ['title'] },
      async execute(_id, { title, body = '' }) {
        if (!token || !db) return { content: [{ type: 'text', text: 'Configure NOTION_TOKEN and databaseId first.' }] };
        const res = await fetch(NOTION, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Notion-Version': '2022-06-28', 'Content-Type': 'application/json' },
          body: JSON.stringify({
            parent: { database_id: db },
            properties: { Name: { title: [{ text: { content: title } }] } },
            children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ text: { content: body } }] } }],
          }),
        });
        return { content: [{ type: 'text', text: res.ok ? 'Saved to Notion.' : `Notion error ${res.status}` }] };
      },
    });
  },
};
