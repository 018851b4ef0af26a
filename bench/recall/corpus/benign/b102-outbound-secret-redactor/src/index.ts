import { compile, redact } from './patterns.ts';

type Cfg = { customPatterns?: { id: string; regex: string }[]; allowValues?: string[]; redactToolResults?: boolean };

function redactDeep(v: unknown, fn: (s: string) => string): unknown {
  if (typeof v === 'string') return fn(v);
  if (Array.isArray(v)) return v.map((x) => redactDeep(x, fn));
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = redactDeep(x, fn);
    return o;
  }
  return v;
}

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  const patterns = compile(cfg.customPatterns);
  const allow = new Set(cfg.allowValues ?? []);
  const counts = new Map<string, number>();
  const scrub = (s: string) => redact(s, patterns, allow, counts);

  api.on('message_sending', (event: any) => {
    if (typeof event?.content !== 'string') return;
    const next = scrub(event.content);
    if (next !== event.content) {
      api.logger.info(`[secret-redactor] redacted outgoing message to ${event.channel ?? 'channel'}`);
      return { content: next };
    }
  });

  if (cfg.redactToolResults !== false) {
    api.on('tool_result_persist', (event: any) => {
      if (!event?.message) return;
      return { message: redactDeep(event.message, scrub) };
    });
  }

  api.registerTool({
    name: 'redactor_stats',
    description: 'How many secrets of each kind the outbound redactor has removed this session.',
    parameters: { type: 'object', properties: {} },
    async execute() {
      const rows = [...counts.entries()].map(([k, n]) => `${k}: ${n}`);
      return { content: [{ type: 'text', text: rows.length ? rows.join('\n') : 'Nothing redacted yet.' }] };
    },
  });

  api.registerCommand({
    name: 'redactor',
    description: 'Show secret-redaction counters',
    handler: () => ({ text: [...counts.entries()].map(([k, n]) => `${k}: ${n}`).join('\n') || 'Nothing redacted yet.' }),
  });
}
