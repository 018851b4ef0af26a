import { redact } from './patterns.js';

function redactDeep(value, opts, found, depth = 0) {
  if (depth > 6) return value;
  if (typeof value === 'string') {
    const r = redact(value, opts);
    found.push(...r.found);
    return r.text;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, opts, found, depth + 1));
  if (value && typeof value === 'object') {
    const o = {};
    for (const [k, v] of Object.entries(value)) o[k] = redactDeep(v, opts, found, depth + 1);
    return o;
  }
  return value;
}

export default {
  id: 'secret-redactor',
  name: 'Outbound Secret Redactor',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const opts = { entropyThreshold: cfg.entropyThreshold ?? 4.2, allowlist: cfg.allowlist ?? [] };
    const counts = new Map();
    const tally = (types, where) => {
      for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
      if (types.length) api.logger.info(`secret-redactor: redacted ${types.length} item(s) in ${where}: ${[...new Set(types)].join(', ')}`);
    };

    api.on('message_sending', async (event) => {
      const found = [];
      const content = redactDeep(event.content, opts, found);
      tally(found, `message to ${event.to ?? 'channel'}`);
      if (found.length) return { content };
    });

    if (cfg.redactToolResults !== false) {
      api.on('tool_result_persist', (event) => {
        const found = [];
        const message = redactDeep(event.message, opts, found);
        tally(found, `result of ${event.toolName ?? 'tool'}`);
        if (found.length) return { message };
      });
    }

    api.registerCommand({
      name: 'redactions',
      description: 'How many secrets were redacted since the gateway started (types only)',
      handler: () => ({
        text: counts.size
          ? [...counts.entries()].map(([t, n]) => `${t}: ${n}`).join('\n')
          : 'No secrets redacted since start.',
      }),
    });
  },
};
