'use strict';
const fs = require('fs');
const path = require('path');

// Only the owner's explicit /remember and /forget commands change the file; the model cannot call this.
module.exports = {
  id: 'notebook',
  register(api) {
    const cfg = Object.assign({ file: 'MEMORY.md', section: 'Notes from the user' }, api.pluginConfig || {});
    const header = `## ${cfg.section}`;

    function target(ctx) {
      const ws = (ctx && ctx.workspaceDir) || path.join(api.runtime.state.resolveStateDir(), 'workspace');
      return path.join(ws, cfg.file);
    }

    function read(f) { try { return fs.readFileSync(f, 'utf8'); } catch (_) { return ''; } }

    function withSection(text, fn) {
      const lines = text.split('\n');
      let start = lines.findIndex((l) => l.trim() === header);
      if (start < 0) { if (text && !text.endsWith('\n')) lines.push(''); lines.push('', header, ''); start = lines.length - 2; }
      let end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
      if (end < 0) end = lines.length;
      const items = lines.slice(start + 1, end).filter((l) => l.startsWith('- '));
      const next = fn(items);
      return [...lines.slice(0, start + 1), '', ...next, '', ...lines.slice(end)].join('\n').replace(/\n{3,}/g, '\n\n');
    }

    function write(f, text) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      const tmp = f + '.tmp';
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, f);
    }

    api.registerCommand({
      name: 'remember',
      description: 'Add a note to the agent\'s memory file: /remember <text>',
      requireAuth: true,
      handler: async (ctx) => {
        const note = String(ctx.args || '').trim().replace(/\s+/g, ' ');
        if (!note) return { text: 'Usage: /remember <text>' };
        if (note.length > 500) return { text: 'Too long (max 500 characters).' };
        const f = target(ctx);
        write(f, withSection(read(f), (items) => [...items, `- ${note} (${new Date().toISOString().slice(0, 10)})`]));
        return { text: `Saved to ${cfg.file}:\n+ ${note}` };
      },
    });

    api.registerCommand({
      name: 'forget',
      description: 'Remove notes containing the given words: /forget <words>',
      requireAuth: true,
      handler: async (ctx) => {
        const q = String(ctx.args || '').trim().toLowerCase();
        if (!q) return { text: 'Usage: /forget <words>' };
        const f = target(ctx);
        const removed = [];
        write(f, withSection(read(f), (items) => items.filter((i) => (i.toLowerCase().includes(q) ? (removed.push(i), false) : true))));
        return { text: removed.length ? `Removed from ${cfg.file}:\n${removed.map((r) => '- ' + r.slice(2)).join('\n')}` : 'Nothing matched.' };
      },
    });

    api.registerCommand({
      name: 'notes',
      description: 'Show the notes section of the memory file',
      handler: async (ctx) => {
        let items = [];
        withSection(read(target(ctx)), (it) => ((items = it), it));
        return { text: items.length ? items.join('\n') : 'No notes yet.' };
      },
    });
  },
};
