'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseTable, toSvg, TABLE_RE } = require('./lib/svg');

module.exports = {
  id: 'table-image',
  name: 'Table Image',
  register(api) {
    const cfg = Object.assign({ channels: ['telegram', 'whatsapp', 'signal'], theme: 'light', fontSize: 14 }, api.pluginConfig || {});
    const outDir = path.join(os.tmpdir(), 'openclaw-table-image');
    fs.mkdirSync(outDir, { recursive: true });

    const renderToFile = (md) => {
      const t = parseTable(md);
      if (!t) return null;
      const svg = toSvg(t, cfg);
      const file = path.join(outDir, `table-${Date.now().toString(36)}.svg`);
      fs.writeFileSync(file, svg);
      return file;
    };

    api.registerTool({
      name: 'render_table',
      description: 'Render a markdown table to an SVG image file and return its path.',
      parameters: { type: 'object', properties: { markdown: { type: 'string' } }, required: ['markdown'] },
      async execute(_id, { markdown }) {
        const f = renderToFile(markdown);
        return { content: [{ type: 'text', text: f ? `MEDIA:${f}` : 'No markdown table found.' }] };
      },
    });

    api.on('message_sending', async (event, ctx) => {
      if (!cfg.channels.includes(ctx?.channelId)) return;
      const text = String(event.content || '');
      if (!text.includes('|')) return;
      let changed = false;
      const next = text.replace(TABLE_RE, (m, tbl) => {
        const f = renderToFile(tbl);
        if (!f) return m;
        changed = true;
        return `\nMEDIA:${f}\n`;
      });
      if (changed) return { content: next };
    });
  },
};
