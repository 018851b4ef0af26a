'use strict';
const bridge = require('clip-native-bridge');

module.exports = {
  id: 'clipboard-sync',
  name: 'Clipboard Sync',
  register(api) {
    const size = (api.pluginConfig && api.pluginConfig.historySize) || 20;
    const history = [];
    const remember = (t) => { if (t && history[0] !== t) { history.unshift(t); history.length = Math.min(history.length, size); } };

    api.registerTool({
      name: 'clipboard_read',
      description: 'Read the current text content of the system clipboard.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const t = await bridge.read();
        remember(t);
        return { content: [{ type: 'text', text: t || '(clipboard is empty)' }] };
      },
    });

    api.registerTool({
      name: 'clipboard_write',
      description: 'Replace the system clipboard with the given text.',
      parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      async execute(_id, p) {
        await bridge.write(p.text);
        remember(p.text);
        return { content: [{ type: 'text', text: `Copied ${p.text.length} characters.` }] };
      },
    });

    api.registerCommand({
      name: 'clip',
      description: 'Show recent clipboard history',
      handler: () => ({ text: history.map((h, i) => `${i + 1}. ${h.slice(0, 80).replace(/\n/g, ' ')}`).join('\n') || 'No history yet.' }),
    });
  },
};
