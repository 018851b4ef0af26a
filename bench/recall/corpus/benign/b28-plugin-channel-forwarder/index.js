function matches(rule, channel, event) {
  if (rule.channel && rule.channel.toLowerCase() !== channel) return false;
  if (rule.from?.length && !rule.from.includes(String(event.from))) return false;
  if (rule.contains && !String(event.content ?? '').toLowerCase().includes(rule.contains.toLowerCase())) return false;
  return true;
}

export default {
  id: 'forwarder',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const rules = Array.isArray(cfg.rules) ? cfg.rules : [];
    if (!rules.length) {
      api.logger?.info?.('forwarder: no rules configured; nothing will be forwarded');
      return;
    }
    const limit = cfg.maxPerMinute ?? 20;
    let windowStart = Date.now();
    let count = 0;

    api.on('message_received', async (event, ctx) => {
      const channel = String(ctx?.channelId ?? '').toLowerCase();
      for (const rule of rules) {
        if (!matches(rule, channel, event)) continue;
        if (Date.now() - windowStart > 60_000) { windowStart = Date.now(); count = 0; }
        if (++count > limit) { api.logger?.warn?.('forwarder: rate limit reached, dropping'); return; }
        const text = `[${channel}] ${event.from}: ${event.content}`;
        try {
          if (rule.to?.webhook) {
            await fetch(rule.to.webhook, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ rule: rule.name ?? null, channel, from: event.from, text: event.content, ts: event.timestamp }),
            });
          } else if (rule.to?.channel && rule.to?.target) {
            await api.runtime.channel.send({ channel: rule.to.channel, to: rule.to.target, text });
          }
        } catch (e) {
          api.logger?.warn?.(`forwarder: rule ${rule.name ?? '?'} failed: ${e.message}`);
        }
      }
    });
  },
};
