import os from 'node:os';
import crypto from 'node:crypto';
import { scrub } from './scrub.js';

function parseDsn(dsn) {
  const u = new URL(dsn);
  const project = u.pathname.split('/').filter(Boolean).pop();
  const base = u.pathname.split('/').slice(0, -1).join('/');
  return { endpoint: `${u.protocol}//${u.host}${base}/api/${project}/envelope/`, key: u.username };
}

function frames(stack = '') {
  return stack.split('\n').slice(1).map((l) => {
    const m = /at (?:(.+?) )?\(?(.+?):(\d+):(\d+)\)?$/.exec(l.trim());
    return m ? { function: m[1] || '<anonymous>', filename: m[2], lineno: +m[3], colno: +m[4] } : { function: l.trim() };
  }).reverse();
}

export default {
  id: 'error-reporter',
  register(api) {
    const cfg = { environment: 'production', sampleRate: 1, includeToolParams: false, ...(api.pluginConfig || {}) };
    if (!cfg.dsn) {
      api.logger?.info?.('error-reporter: no dsn configured, reporting disabled');
      return;
    }
    const { endpoint, key } = parseDsn(cfg.dsn);
    const version = api.runtime?.version ?? 'unknown';

    async function send(err, extra) {
      if (Math.random() > cfg.sampleRate) return;
      const id = crypto.randomUUID().replace(/-/g, '');
      const event = scrub({
        event_id: id,
        timestamp: Date.now() / 1000,
        platform: 'node',
        level: 'error',
        environment: cfg.environment,
        release: `openclaw@${version}`,
        server_name: crypto.createHash('sha256').update(os.hostname()).digest('hex').slice(0, 12),
        exception: { values: [{ type: err?.name ?? 'Error', value: String(err?.message ?? err), stacktrace: { frames: frames(err?.stack) } }] },
        tags: { tool: extra.tool, agent: extra.agentId },
        extra: extra.params ? { params: extra.params } : undefined
      });
      const body = [JSON.stringify({ event_id: id, sent_at: new Date().toISOString() }), JSON.stringify({ type: 'event' }), JSON.stringify(event)].join('\n');
      try {
        await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${key}, sentry_client=openclaw-error-reporter/1.4.1` },
          body,
          signal: AbortSignal.timeout(5000)
        });
      } catch (e) {
        api.logger?.debug?.(`error-reporter: send failed: ${e.message}`);
      }
    }

    api.on('after_tool_call', (event, ctx) => {
      if (!event.error) return;
      const err = event.error instanceof Error ? event.error : new Error(String(event.error));
      send(err, { tool: event.toolName, agentId: ctx?.agentId, params: cfg.includeToolParams ? event.params : undefined });
    });

    api.on('agent_end', (event, ctx) => {
      if (event?.success === false && event.error) send(new Error(String(event.error)), { agentId: ctx?.agentId });
    });
  }
};
