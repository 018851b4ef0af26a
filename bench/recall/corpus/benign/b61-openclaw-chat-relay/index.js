function split(t) {
  const i = t.indexOf(':');
  return { channel: t.slice(0, i), id: t.slice(i + 1) };
}

export default {
  id: 'chat-relay',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const sources = new Set(cfg.sources ?? []);
    const target = cfg.target;

    if (!target || sources.size === 0) {
      api.logger.info('chat-relay: not configured (set sources and target); relay disabled');
      return;
    }
    if (sources.has(target)) {
      api.logger.warn('chat-relay: target is also a source; refusing to start to avoid loops');
      return;
    }

    const { channel: tChannel, id: tId } = split(target);
    const sender = api.runtime?.channel?.[tChannel];
    const cap = tChannel.charAt(0).toUpperCase() + tChannel.slice(1);
    const send = sender?.sendMessage ?? sender?.[`sendMessage${cap}`];
    if (typeof send !== 'function') {
      api.logger.warn(`chat-relay: channel ${tChannel} cannot send; relay disabled`);
      return;
    }

    let forwarded = 0;
    api.logger.info(`chat-relay: forwarding ${[...sources].join(', ')} -> ${target}`);

    api.on('message_received', async (event, ctx) => {
      const key = `${ctx?.channelId}:${ctx?.conversationId}`;
      if (!sources.has(key)) return;
      const meta = event.metadata ?? {};
      const isDirect = meta.chatType ? meta.chatType === 'direct' : !meta.isGroup;
      if (isDirect && !cfg.includeDirect) return;
      const header = (cfg.header ?? '↪ {source} · {sender}')
        .replace('{source}', key)
        .replace('{sender}', meta.senderName ?? event.from ?? 'unknown');
      try {
        await send(tId, `${header}\n${event.content ?? ''}`, {});
        forwarded++;
      } catch (err) {
        api.logger.warn(`chat-relay: forward failed: ${err.message}`);
      }
    });

    api.registerCommand({
      name: 'relay',
      description: 'Show chat-relay routing',
      handler() {
        return { text: `Forwarding:\n${[...sources].map((s) => `• ${s}`).join('\n')}\n→ ${target}\nForwarded since start: ${forwarded}` };
      },
    });
  },
};
