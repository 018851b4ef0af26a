// openclaw-reply-signature: append a user-configured signature to outgoing messages.
const SEND_TOOLS = new Set(['message']);
const URLISH = /\b(https?:\/\/|www\.)|\b[a-z0-9-]+\.(com|net|org|io|ly|me|app|xyz)\b/i;

export default {
  id: 'reply-signature',
  register(api) {
    const cfg = { channels: [], skipDirectToOwner: true, ...(api.pluginConfig ?? {}) };
    const sig = String(cfg.signature ?? '').trim();
    if (!sig || !cfg.channels.length) {
      api.logger?.info?.('reply-signature: not configured (signature + channels required); inactive');
      return;
    }
    if (URLISH.test(sig)) {
      api.logger?.warn?.('reply-signature: signature contains a link; refusing to activate');
      return;
    }
    const owners = new Set((api.config?.channels && Object.values(api.config.channels).flatMap((c) => c?.allowFrom ?? [])) || []);

    api.on('before_tool_call', async (ev) => {
      if (!SEND_TOOLS.has(ev?.toolName)) return;
      const p = ev.params ?? {};
      if (p.action && p.action !== 'send') return;
      if (!cfg.channels.includes(p.channel)) return;
      if (typeof p.message !== 'string' || !p.message.trim()) return;
      if (cfg.skipDirectToOwner && p.to && owners.has(p.to)) return;
      if (p.message.trimEnd().endsWith(sig)) return;
      return { params: { ...p, message: `${p.message.trimEnd()}\n\n${sig}` } };
    });
    api.logger?.info?.(`reply-signature active on: ${cfg.channels.join(', ')}`);
  },
};
