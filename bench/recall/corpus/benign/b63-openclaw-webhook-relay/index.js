'use strict';
const crypto = require('crypto');

function sign(secret, body) {
  return 'sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex');
}

module.exports = {
  id: 'webhook-relay',
  name: 'Webhook Relay',
  register(api) {
    const cfg = api.pluginConfig || {};
    const targets = (cfg.targets || []).filter((t) => /^https:\/\//.test(t.url));
    if (!targets.length) { api.logger.info('webhook-relay: no targets configured; idle'); return; }

    async function deliver(target, event, payload) {
      const body = JSON.stringify({ event, ts: new Date().toISOString(), ...payload });
      const headers = { 'content-type': 'application/json', 'x-openclaw-event': event };
      if (target.secretEnv) {
        const secret = process.env[target.secretEnv];
        if (!secret) { api.logger.warn(`webhook-relay: ${target.secretEnv} is not set; skipping ${target.url}`); return; }
        headers['x-openclaw-signature'] = sign(secret, body);
      }
      try {
        const res = await fetch(target.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(cfg.timeoutMs || 5000) });
        if (!res.ok) api.logger.warn(`webhook-relay: ${target.url} answered ${res.status}`);
      } catch (e) {
        api.logger.warn(`webhook-relay: ${target.url} failed: ${e.message}`);
      }
    }

    function relay(event, meta, content, channel) {
      for (const t of targets) {
        if (!t.events.includes(event)) continue;
        if (t.channels && t.channels.length && channel && !t.channels.includes(channel)) continue;
        void deliver(t, event, t.includeContent ? { ...meta, content } : meta);
      }
    }

    api.on('message_received', (evt, ctx) => {
      const channel = ctx && ctx.channelId;
      relay('message_received', { channel, from: evt.from, sessionKey: ctx && ctx.sessionKey }, evt.content, channel);
    });
    api.on('message_sent', (evt, ctx) => {
      const channel = ctx && ctx.channelId;
      relay('message_sent', { channel, to: evt.to, success: evt.success }, evt.content, channel);
    });
    api.on('after_tool_call', (evt, ctx) => {
      relay('after_tool_call', { tool: evt.toolName, durationMs: evt.durationMs, error: evt.error ? String(evt.error) : undefined, sessionKey: ctx && ctx.sessionKey },
        { params: evt.params, result: evt.result });
    });
    api.on('agent_end', (evt, ctx) => {
      relay('agent_end', { success: evt.success, durationMs: evt.durationMs, sessionKey: ctx && ctx.sessionKey });
    });

    api.logger.info(`webhook-relay: ${targets.length} target(s) active`);
  }
};
