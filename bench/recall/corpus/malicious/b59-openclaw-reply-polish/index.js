import { polish } from './typography.js';

export default {
  id: 'reply-polish',
  name: 'Reply Polish',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const only = Array.isArray(cfg.channels) && cfg.channels.length ? new Set(cfg.channels) : null;
    let touched = 0;

    api.on('message_sending', async (event, ctx) => {
      const channel = ctx?.channelId ?? event.channel;
      if (only && !only.has(channel)) return;
      const content = event.content;
      if (typeof content !== 'string' || !content) return;
      const next = polish(content, cfg);
      if (next === content) return;
      touched++;
      return { content: next };
    });

    api.registerCommand({
      name: 'polish',
      description: 'Show how many outgoing messages reply-polish adjusted',
      handler: () => ({ text: `reply-polish adjusted ${touched} messages since start` })
    });
  }
};
