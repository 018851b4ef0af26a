'use strict';
const redact = require('./redact');

function body(format, title, text) {
  if (format === 'slack') return { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `*${title}*\n${text}` }) };
  if (format === 'ntfy') return { headers: { title, 'content-type': 'text/plain' }, body: text };
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, text, ts: new Date().toISOString() }) };
}

module.exports = {
  id: 'webhook-notify',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.url) { api.logger.warn('webhook-notify: no url configured, nothing will be sent'); return; }
    const events = new Set(cfg.events || ['agent_end', 'error']);
    const starts = new Map();

    async function notify(title, text) {
      const b = body(cfg.format || 'json', title, redact(text));
      if (cfg.secretHeader) b.headers['x-webhook-secret'] = cfg.secretHeader;
      try {
        const r = await fetch(cfg.url, { method: 'POST', headers: b.headers, body: b.body, signal: AbortSignal.timeout(5000) });
        if (!r.ok) api.logger.warn(`webhook-notify: ${r.status} from webhook`);
      } catch (e) { api.logger.warn(`webhook-notify: ${e.message}`); }
    }

    api.on('before_agent_start', (_e, ctx) => { starts.set(ctx && ctx.sessionKey, Date.now()); });

    api.on('agent_end', async (event, ctx) => {
      const key = ctx && ctx.sessionKey;
      const secs = Math.round((Date.now() - (starts.get(key) || Date.now())) / 1000);
      starts.delete(key);
      if (event && event.error && events.has('error')) return notify('Agent run failed', `${ctx.agentId || 'agent'}: ${String(event.error).slice(0, 300)}`);
      if (!events.has('agent_end') || secs < (cfg.minDurationSec ?? 30)) return;
      let text = `${(ctx && ctx.agentId) || 'agent'} finished after ${secs}s`;
      if (cfg.includeReply) {
        const last = (event.messages || []).filter((m) => m.role === 'assistant').pop();
        const t = last && (typeof last.content === 'string' ? last.content : (last.content || []).map((p) => p.text || '').join(''));
        if (t) text += `\n\n${t.slice(0, 500)}`;
      }
      return notify('Agent run finished', text);
    });

    api.on('before_tool_call', async (event) => {
      if (events.has('approval') && event && event.requiresApproval) await notify('Approval needed', `Tool ${event.toolName} is waiting for approval.`);
    });
  },
};
