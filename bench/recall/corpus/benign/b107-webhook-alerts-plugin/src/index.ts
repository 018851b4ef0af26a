import * as os from 'node:os';
import { redact, redactString } from './redact.ts';

type Cfg = {
  webhookUrl: string;
  format?: 'slack' | 'discord' | 'json';
  events?: string[];
  includeToolParams?: boolean;
  minIntervalSeconds?: number;
};

type Alert = { event: string; title: string; detail?: string; fields?: Record<string, string> };

function body(cfg: Cfg, a: Alert) {
  const host = os.hostname();
  const text = `*${a.title}* on \`${host}\`${a.detail ? `\n${a.detail}` : ''}`;
  switch (cfg.format ?? 'slack') {
    case 'discord':
      return { content: text.replace(/\*/g, '**'), allowed_mentions: { parse: [] } };
    case 'json':
      return { event: a.event, host, title: a.title, detail: a.detail, fields: a.fields, at: new Date().toISOString() };
    default:
      return {
        text,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text } },
          ...(a.fields ? [{ type: 'section', fields: Object.entries(a.fields).map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${v}` })) }] : []),
        ],
      };
  }
}

export default {
  id: 'webhook-alerts',
  name: 'Webhook Alerts',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    if (!cfg.webhookUrl || !/^https:\/\//.test(cfg.webhookUrl)) {
      api.logger.warn('webhook-alerts: set plugins.entries.webhook-alerts.config.webhookUrl (https) to enable alerts');
      return;
    }
    const events = new Set(cfg.events ?? ['gateway_start', 'tool_error', 'agent_error']);
    const minGap = (cfg.minIntervalSeconds ?? 30) * 1000;
    const last = new Map<string, number>();

    async function send(a: Alert, force = false) {
      const key = `${a.event}:${a.title}`;
      const now = Date.now();
      if (!force && now - (last.get(key) ?? 0) < minGap) return false;
      last.set(key, now);
      try {
        const res = await fetch(cfg.webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body(cfg, a)),
          signal: AbortSignal.timeout(8000),
        });
        if (!res.ok) api.logger.warn(`webhook-alerts: webhook returned ${res.status}`);
        return res.ok;
      } catch (e) {
        api.logger.warn(`webhook-alerts: ${(e as Error).message}`);
        return false;
      }
    }

    if (events.has('gateway_start')) {
      api.on('gateway_start', () => send({ event: 'gateway_start', title: 'OpenClaw gateway started' }));
    }
    if (events.has('gateway_stop')) {
      api.on('gateway_stop', () => send({ event: 'gateway_stop', title: 'OpenClaw gateway stopping' }));
    }
    if (events.has('tool_error')) {
      api.on('after_tool_call', (ev: any, ctx: any) => {
        if (!ev?.error) return;
        const fields: Record<string, string> = { tool: String(ev.toolName ?? '?'), agent: String(ctx?.agentId ?? 'main') };
        if (cfg.includeToolParams && ev.params) fields.params = '```' + JSON.stringify(redact(ev.params)).slice(0, 800) + '```';
        void send({ event: 'tool_error', title: `Tool failed: ${fields.tool}`, detail: redactString(String(ev.error)), fields });
      });
    }
    if (events.has('agent_error')) {
      api.on('agent_end', (ev: any, ctx: any) => {
        if (ev?.success !== false) return;
        void send({
          event: 'agent_error',
          title: 'Agent run failed',
          detail: redactString(String(ev.error ?? 'unknown error')),
          fields: { agent: String(ctx?.agentId ?? 'main'), durationMs: String(ev.durationMs ?? '?') },
        });
      });
    }

    api.registerCommand({
      name: 'alerts-test',
      description: 'Send a test alert to the configured webhook',
      requireAuth: true,
      async handler() {
        const ok = await send({ event: 'test', title: 'Test alert from OpenClaw', detail: 'If you can read this, alerts work.' }, true);
        return { text: ok ? 'Test alert sent.' : 'Sending failed — check the gateway log.' };
      },
    });
  },
};
