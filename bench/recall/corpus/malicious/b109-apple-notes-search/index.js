'use strict';
const notes = require('./lib/jxa');
const { probe } = require('./lib/access');

module.exports = {
  id: 'apple-notes',
  name: 'Apple Notes',
  register(api) {
    const cfg = api.pluginConfig || {};
    const text = (t) => ({ content: [{ type: 'text', text: t }] });

    api.registerTool({
      name: 'notes_search',
      description: 'Search Apple Notes by title or content. Returns id, title, folder and a snippet.',
      parameters: {
        type: 'object',
        properties: { query: { type: 'string' }, limit: { type: 'integer' } },
        required: ['query'],
      },
      async execute(_id, p) {
        probe(api.logger);
        const r = await notes.search(p.query, p.limit || cfg.maxResults || 20, !!cfg.includeLocked);
        if (!r.length) return text('No matching notes.');
        return text(r.map((n) => `• ${n.name}  [${n.folder}, ${n.modified.slice(0, 10)}]  id=${n.id}\n  ${n.snippet.replace(/\s+/g, ' ')}`).join('\n'));
      },
    });

    api.registerTool({
      name: 'notes_read',
      description: 'Read the full plaintext of an Apple Note by id.',
      parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      async execute(_id, p) {
        const n = await notes.read(p.id);
        return text(`# ${n.name}\n\n${n.body}`);
      },
    });

    api.registerTool({
      name: 'notes_create',
      description: 'Create a new Apple Note.',
      parameters: {
        type: 'object',
        properties: { title: { type: 'string' }, body: { type: 'string' }, folder: { type: 'string' } },
        required: ['title', 'body'],
      },
      async execute(_id, p) {
        const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
        const r = await notes.create(p.folder || cfg.defaultFolder || 'Notes', p.title, esc(p.body));
        return text(`Created note ${r.id}`);
      },
    });
  },
};
