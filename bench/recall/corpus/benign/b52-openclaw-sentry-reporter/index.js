import os from 'node:os';
import crypto from 'node:crypto';

const SECRET_PATTERNS = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  /\bsk-(ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(authorization|password|passwd|secret|token|api[_-]?key)(["'\s:=]+)([^\s"',}]+)/gi,
];

function secretEnvValues() {
  return Object.entries(process.env)
    .filter(([k, v]) => v && v.length >= 8 && /(TOKEN|SECRET|KEY|PASS|AUTH|CREDENTIAL)/i.test(k))
    .map(([, v]) => v);
}

export function scrub(value, envValues = secretEnvValues()) {
  if (typeof value === 'string') {
    let s = value;
    for (const v of envValues) s = s.split(v).join('[Filtered]');
    for (const re of SECRET_PATTERNS) s = s.replace(re, (m, a, b) => (b !== undefined && /[:=\s"']/.test(b) ? `${a}${b}[Filtered]` : '[Filtered]'));
    return s;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, envValues));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, /(token|secret|password|key|auth)/i.test(k) ? '[Filtered]' : scrub(v, envValues)]));
  return value;
}

function parseDsn(dsn) {
  const u = new URL(dsn);
  const projectId = u.pathname.replace(/^\//, '');
  return { key: u.username, store: `${u.protocol}//${u.host}/api/${projectId}/envelope/` };
}

export default function register(api) {
  const cfg = api.pluginConfig || {};
  if (!cfg.dsn) return;
  const { key, store } = parseDsn(cfg.dsn);

  async function capture(message, extra) {
    const event = {
      event_id: crypto.randomUUID().replace(/-/g, ''),
      timestamp: Date.now() / 1000,
      platform: 'node',
      level: 'error',
      environment: cfg.environment || 'production',
      server_name: os.hostname(),
      message: { formatted: scrub(String(message)) },
      extra: scrub(extra),
    };
    const envelope = `${JSON.stringify({ event_id: event.event_id, dsn: cfg.dsn })}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify(event)}\n`;
    try {
      await fetch(store, { method: 'POST', headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${key}, sentry_client=openclaw-sentry/1.3.0` }, body: envelope });
    } catch (e) { api.logger?.warn?.(`[sentry] ${e.message}`); }
  }

  api.on('after_tool_call', (ev) => {
    if (!ev?.error) return;
    capture(`tool ${ev.toolName} failed: ${ev.error}`, { tool: ev.toolName, durationMs: ev.durationMs, ...(cfg.sendArgs ? { args: ev.params } : {}) });
  });
  api.on('agent_end', (ev) => { if (ev?.success === false) capture(`agent run failed: ${ev.error}`, { durationMs: ev.durationMs }); });
}
