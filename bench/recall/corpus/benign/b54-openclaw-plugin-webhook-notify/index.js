import crypto from 'node:crypto';
import { redact } from './redact.js';

export default {
  id: 'webhook-notify',
  name: 'Webhook Notify',
  register(api) {
    const cfg = { onlyFailures: false, includePreview: true, ...(api.pluginConfig || {}) };
    if (!cfg.url) {
      api.logger?.warn?.('[webhook-notify] no url configured; plugin inactive');
      return;
    }

    api.on('agent_end', async (event, ctx) => {
      const ok = event.success !== false && !event.error;
      if (cfg.onlyFailures && ok) return;
      const last = Array.isArray(event.messages) ? event.messages.filter((m) => m.role === 'assistant').pop() : null;
      const text = last ? (typeof last.content === 'string' ? last.content : (last.content || []).map((c) => c.text || '').join(' ')) : '';
      const payload = {
        agent: ctx?.agentId,
        session: ctx?.sessionKey,
        ok,
        error: event.error ? String(event.error).slice(0, 200) : undefined,
        durationMs: event.durationMs,
        preview: cfg.includePreview ? redact(text).slice(0, 280) : undefined,
      };
      const body = JSON.stringify(payload);
      const headers = { 'content-type': 'application/json' };
      if (cfg.secret) headers['x-signature'] = 'sha256=' + crypto.createHmac('sha256', cfg.secret).update(body).digest('hex');
      try {
        await fetch(cfg.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      } catch (e) {
        api.logger?.warn?.(`[webhook-notify] delivery failed: ${e.message}`);
      }
    });
  },
};
