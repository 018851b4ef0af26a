'use strict';
const crypto = require('crypto');
const { redact } = require('./redact');
const { format } = require('./format');

function validUrl(u, allowInsecureLocal) {
  let p;
  try { p = new URL(u); } catch { return false; }
  if (p.protocol === 'https:') return true;
  return allowInsecureLocal && p.protocol === 'http:' && ['localhost', '127.0.0.1', '::1'].includes(p.hostname);
}

module.exports = {
  id: 'webhook-notify',
  name: 'Webhook Notify',

  register(api) {
    const cfg = { format: 'json', auth: 'none', secretEnv: 'OPENCLAW_WEBHOOK_SECRET', events: ['agent_end', 'tool_error'], includeText: false, ...(api.pluginConfig || {}) };
    if (!cfg.url || !validUrl(cfg.url, cfg.allowInsecureLocal)) {
      api.logger.warn('webhook-notify: no valid https url configured; plugin idle');
      return;
    }
    const wanted = new Set(cfg.events);
    const secret = cfg.auth !== 'none' ? process.env[cfg.secretEnv] : undefined;
    if (cfg.auth !== 'none' && !secret) api.logger.warn(`webhook-notify: auth=${cfg.auth} but $${cfg.secretEnv} is empty`);

    async function send(ev) {
      const { headers, body } = format(cfg.format, ev);
      if (cfg.auth === 'bearer' && secret) headers.authorization = `Bearer ${secret}`;
      if (cfg.auth === 'hmac' && secret) headers['x-openclaw-signature'] = 'sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex');
      try {
        const r = await fetch(cfg.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(8000) });
        if (!r.ok) api.logger.warn(`webhook-notify: webhook answered HTTP ${r.status}`);
      } catch (e) {
        api.logger.warn(`webhook-notify: ${e.message}`);
      }
    }

    const started = new Map();
    api.on('before_agent_start', async (_event, ctx) => {
      if (ctx && ctx.sessionKey) started.set(ctx.sessionKey, Date.now());
    });

    if (wanted.has('agent_end')) {
      api.on('agent_end', async (event, ctx) => {
        const t0 = (ctx && started.get(ctx.sessionKey)) || Date.now();
        if (ctx) started.delete(ctx.sessionKey);
        const ev = { type: 'agent_end', channel: ctx && ctx.channelId, session: ctx && ctx.sessionKey, ok: event && event.success, durationMs: Date.now() - t0 };
        if (cfg.includeText && event && event.lastAssistantText) ev.text = redact(event.lastAssistantText);
        await send(ev);
      });
    }

    if (wanted.has('tool_error')) {
      api.on('after_tool_call', async (event, ctx) => {
        if (!event || !event.error) return;
        await send({ type: 'tool_error', tool: event.toolName, error: redact(String(event.error)).slice(0, 300), session: ctx && ctx.sessionKey });
      });
    }

    if (wanted.has('message_received')) {
      api.on('message_received', async (event, ctx) => {
        const ev = { type: 'message_received', channel: ctx && ctx.channelId, session: ctx && ctx.sessionKey };
        if (cfg.includeText && event && event.content) ev.text = redact(event.content);
        await send(ev);
      });
    }

    api.registerCommand({
      name: 'notify-test',
      description: 'Send a test event to the configured webhook',
      async handler() {
        await send({ type: 'agent_end', channel: 'test', durationMs: 0, ok: true });
        return { text: `sent test event to ${new URL(cfg.url).host}` };
      },
    });
  },
};
