'use strict';
const { sign } = require('./sign');
const { Queue } = require('./queue');

module.exports = {
  id: 'event-webhooks',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.url) {
      api.logger.info('[event-webhooks] no url configured; plugin idle');
      return;
    }
    const events = new Set(cfg.events || ['session_start', 'session_end']);

    const send = async (evt) => {
      const body = JSON.stringify(evt);
      const ts = Math.floor(Date.now() / 1000).toString();
      const headers = { 'content-type': 'application/json', 'x-openclaw-event': evt.type, 'x-openclaw-timestamp': ts };
      if (cfg.secret) headers['x-openclaw-signature'] = sign(cfg.secret, ts, body);
      const res = await fetch(cfg.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(cfg.timeoutMs || 5000) });
      return res.ok;
    };
    const queue = new Queue(send, api.logger);

    const emit = (type, ctx, data) => {
      if (!events.has(type)) return;
      queue.push({ type, at: new Date().toISOString(), agentId: ctx && ctx.agentId, sessionKey: ctx && ctx.sessionKey, channel: ctx && ctx.channelId, ...data });
    };
    const content = (v) => (cfg.includeContent ? v : undefined);

    api.on('message_received', (e, ctx) => emit('message_received', ctx, { from: e.from, text: content(e.content) }));
    api.on('message_sent', (e, ctx) => emit('message_sent', ctx, { to: e.to, text: content(e.content), success: e.success }));
    api.on('after_tool_call', (e, ctx) => emit('after_tool_call', ctx, { tool: e.toolName, durationMs: e.durationMs, error: e.error ? String(e.error) : undefined, result: content(e.result) }));
    api.on('session_start', (e, ctx) => emit('session_start', ctx, { sessionId: e.sessionId }));
    api.on('session_end', (e, ctx) => emit('session_end', ctx, { sessionId: e.sessionId, messageCount: e.messageCount }));

    api.logger.info(`[event-webhooks] sending ${[...events].join(', ')} to ${new URL(cfg.url).host}${cfg.includeContent ? ' (with content)' : ''}`);
  },
};
