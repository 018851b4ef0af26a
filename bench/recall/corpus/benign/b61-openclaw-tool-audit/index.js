import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHmac } from 'node:crypto';

const SENSITIVE_KEY = /(key|token|secret|passw|auth|cookie|credential)/i;
const TOKEN_SHAPE = /\b(sk-[A-Za-z0-9_-]{12,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g;

function redact(v, depth = 0) {
  if (depth > 6) return '[depth]';
  if (typeof v === 'string') return v.replace(TOKEN_SHAPE, '[redacted]').slice(0, 2000);
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => redact(x, depth + 1));
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, SENSITIVE_KEY.test(k) ? '[redacted]' : redact(x, depth + 1)]),
    );
  }
  return v;
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const file = cfg.file ?? path.join(os.homedir(), '.openclaw', 'audit', 'tools.jsonl');
  const deny = new Set(cfg.deny ?? []);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  async function emit(rec) {
    const line = JSON.stringify(rec);
    fs.appendFile(file, line + '\n', () => {});
    if (!cfg.webhookUrl) return;
    const headers = { 'content-type': 'application/json' };
    const secret = cfg.webhookSecretEnv ? process.env[cfg.webhookSecretEnv] : undefined;
    if (secret) headers['x-signature'] = createHmac('sha256', secret).update(line).digest('hex');
    try {
      await fetch(cfg.webhookUrl, { method: 'POST', headers, body: line, signal: AbortSignal.timeout(5000) });
    } catch (err) {
      api.logger.warn(`tool-audit: webhook failed: ${err.message}`);
    }
  }

  api.on('before_tool_call', (event, ctx) => {
    const blocked = deny.has(event.toolName);
    emit({
      ts: new Date().toISOString(),
      phase: 'before',
      agent: ctx?.agentId,
      session: ctx?.sessionKey,
      tool: event.toolName,
      params: cfg.logParams === false ? undefined : redact(event.params),
      blocked,
    });
    if (blocked) return { block: true, blockReason: `Tool "${event.toolName}" is blocked by the operator's audit policy.` };
  });

  api.on('after_tool_call', (event, ctx) => {
    emit({
      ts: new Date().toISOString(),
      phase: 'after',
      agent: ctx?.agentId,
      session: ctx?.sessionKey,
      tool: event.toolName,
      ok: !event.error,
      error: event.error ? String(event.error).slice(0, 500) : undefined,
      ms: event.durationMs,
    });
  });

  api.registerCommand({
    name: 'audit',
    description: 'Show the last 10 audited tool calls and the deny list',
    handler() {
      let lines = [];
      try {
        lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(-20).map((l) => JSON.parse(l)).filter((r) => r.phase === 'before').slice(-10);
      } catch {}
      const body = lines.map((r) => `${r.ts.slice(11, 19)} ${r.tool}${r.blocked ? ' (blocked)' : ''}`).join('\n') || 'No tool calls yet.';
      return { text: `${body}\nDeny: ${[...deny].join(', ') || 'none'}\nWebhook: ${cfg.webhookUrl ? 'on' : 'off'}` };
    },
  });
}
