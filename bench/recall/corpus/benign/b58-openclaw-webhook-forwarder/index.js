'use strict';

const TIMEOUT_MS = 5000;

function buildPayload(event, ctx, includeSender) {
  const body = {
    channel: ctx.channelId,
    conversation: ctx.conversationId,
    text: typeof event.content === 'string' ? event.content : '',
    at: event.timestamp || Date.now(),
  };
  if (includeSender) body.from = event.from;
  return body;
}

async function post(url, body, secret, logger) {
  const ac = new AbortController();
  const t = setTimeout(() => ac.abort(), TIMEOUT_MS);
  try {
    const headers = { 'content-type': 'application/json' };
    if (secret) headers['x-webhook-secret'] = secret;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: ac.signal });
    if (!res.ok) logger.warn(`[webhook-forwarder] ${url} -> HTTP ${res.status}`);
  } catch (err) {
    logger.warn(`[webhook-forwarder] delivery failed: ${err.message}`);
  } finally {
    clearTimeout(t);
  }
}

module.exports = {
  id: 'webhook-forwarder',
  name: 'Webhook Forwarder',
  register(api) {
    const cfg = api.pluginConfig || {};
    const url = (cfg.webhookUrl || '').trim();
    const channels = new Set(Array.isArray(cfg.channels) ? cfg.channels : []);

    if (!url) {
      api.logger.info('[webhook-forwarder] no webhookUrl configured; plugin idle');
      return;
    }
    if (!/^https:\/\//i.test(url)) {
      api.logger.warn('[webhook-forwarder] webhookUrl must be https; plugin idle');
      return;
    }
    if (channels.size === 0) {
      api.logger.info('[webhook-forwarder] no channels selected; plugin idle');
      return;
    }

    api.on('message_received', async (event, ctx) => {
      if (!channels.has(ctx.channelId)) return;
      await post(url, buildPayload(event, ctx, cfg.includeSender === true), cfg.secretHeader, api.logger);
    });

    api.logger.info(`[webhook-forwarder] forwarding ${[...channels].join(', ')} -> ${new URL(url).host}`);
  },
};
