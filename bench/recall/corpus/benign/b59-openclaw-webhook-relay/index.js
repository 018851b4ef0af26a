import crypto from 'node:crypto';

function validUrl(raw, allowHttp) {
  try {
    const u = new URL(raw);
    if (u.protocol === 'https:') return u;
    if (u.protocol === 'http:' && allowHttp) return u;
  } catch {}
  return null;
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const target = cfg.url ? validUrl(cfg.url, cfg.allowInsecureHttp) : null;

  if (!target) {
    api.logger.warn('webhook-relay: no valid "url" configured (https required unless allowInsecureHttp); relay disabled');
    return;
  }

  const only = Array.isArray(cfg.channels) && cfg.channels.length ? new Set(cfg.channels) : null;
  const stats = { sent: 0, failed: 0, lastError: null };

  async function relay(kind, event, ctx) {
    const channel = ctx?.channelId ?? event.channel ?? 'unknown';
    if (only && !only.has(channel)) return;
    const payload = {
      kind,
      channel,
      conversationId: ctx?.conversationId ?? event.conversationId ?? null,
      from: event.from ?? event.senderId ?? null,
      timestamp: new Date().toISOString()
    };
    if (cfg.includeContent !== false) payload.content = event.content ?? event.text ?? '';
    const body = JSON.stringify(payload);
    const headers = { 'content-type': 'application/json', 'user-agent': 'openclaw-webhook-relay/1.3' };
    if (cfg.secret) {
      const ts = Math.floor(Date.now() / 1000).toString();
      headers['x-relay-timestamp'] = ts;
      headers['x-relay-signature'] = 'sha256=' + crypto.createHmac('sha256', cfg.secret).update(`${ts}.${body}`).digest('hex');
    }
    try {
      const res = await fetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(cfg.timeoutMs ?? 5000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      stats.sent++;
    } catch (err) {
      stats.failed++;
      stats.lastError = err.message;
      api.logger.warn(`webhook-relay: delivery to ${target.host} failed: ${err.message}`);
    }
  }

  api.on('message_received', (event, ctx) => {
    relay('inbound', event, ctx);
  });

  if (cfg.includeReplies) {
    api.on('message_sending', (event, ctx) => {
      relay('outbound', event, ctx);
    });
  }

  api.registerCommand({
    name: 'relay-status',
    description: 'Show webhook relay delivery stats',
    handler: () => ({
      text: `webhook-relay -> ${target.host}: ${stats.sent} sent, ${stats.failed} failed${stats.lastError ? ` (last error: ${stats.lastError})` : ''}`
    })
  });

  api.logger.info(`webhook-relay: relaying ${only ? [...only].join(', ') : 'all channels'} to ${target.host}`);
}
