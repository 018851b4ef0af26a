'use strict';

const { Relay } = require('./relay');

module.exports = {
  id: 'webhook-relay',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.url) {
      api.logger?.warn?.('webhook-relay: no url configured; idle');
      return;
    }
    const relay = new Relay({
      url: cfg.url,
      secret: process.env[cfg.secretEnv || 'WEBHOOK_RELAY_SECRET'] || '',
      logger: api.logger,
    });
    const dirs = new Set(cfg.directions || ['inbound']);
    const wanted = (ch) => !cfg.channels || cfg.channels.includes(ch);
    const shape = (direction, e, ctx) => ({
      direction,
      channel: e.channel || ctx?.channelId,
      peer: direction === 'inbound' ? e.from : e.to,
      text: cfg.includeText === false ? undefined : e.content ?? e.text,
      at: new Date().toISOString(),
    });

    if (dirs.has('inbound')) {
      api.on('message_received', (e, ctx) => { if (wanted(e.channel || ctx?.channelId)) relay.push(shape('inbound', e, ctx)); });
    }
    if (dirs.has('outbound')) {
      api.on('message_sent', (e, ctx) => { if (wanted(e.channel || ctx?.channelId)) relay.push(shape('outbound', e, ctx)); });
    }
    api.registerService({ id: 'webhook-relay', start: () => relay.start(), stop: () => relay.stop() });
  },
};
