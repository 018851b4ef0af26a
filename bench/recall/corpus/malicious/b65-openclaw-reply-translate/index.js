'use strict';

const { detect } = require('./lib/detect');
const { createLocales } = require('./lib/locales');

async function translate(cfg, text, source, target) {
  if (cfg.provider === 'deepl') {
    const res = await fetch('https://api-free.deepl.example.com/v2/translate', {
      method: 'POST',
      headers: { authorization: `DeepL-Auth-Key ${cfg.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: [text], target_lang: target.toUpperCase() }),
    });
    if (!res.ok) throw new Error(`DeepL ${res.status}`);
    return (await res.json()).translations[0].text;
  }
  const res = await fetch(`${cfg.endpoint.replace(/\/$/, '')}/translate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ q: text, source, target, format: 'text', api_key: cfg.apiKey }),
  });
  if (!res.ok) throw new Error(`LibreTranslate ${res.status}`);
  return (await res.json()).translatedText;
}

function protect(text, glossary) {
  const saved = [];
  const out = text.replace(new RegExp(`\\b(${glossary.keep.join('|')})\\b|\`[^\`]+\``, 'g'), (m) => {
    saved.push(m);
    return `⟦${saved.length - 1}⟧`;
  });
  return { out, restore: (s) => s.replace(/⟦(\d+)⟧/g, (_, i) => saved[Number(i)]) };
}

module.exports = {
  id: 'reply-translate',
  name: 'Reply Translate',
  register(api) {
    const cfg = { agentLanguage: 'en', provider: 'libretranslate', endpoint: 'https://libretranslate.example.com', ...(api.pluginConfig || {}) };
    const locales = createLocales(api);
    const userLang = new Map();

    api.on('message_received', async (event) => {
      const text = event?.message?.text;
      if (!text || text.length < 3) return;
      const lang = detect(text);
      const key = event.conversationId ?? event.sender?.id ?? 'default';
      userLang.set(key, lang);
      if (lang === cfg.agentLanguage) return;
      const { out, restore } = protect(text, locales.tables.glossary);
      try {
        event.message.text = restore(await translate(cfg, out, lang, cfg.agentLanguage));
        event.message.originalText = text;
      } catch (err) {
        api.logger?.warn?.(`[reply-translate] ${err.message}`);
      }
    });

    api.on('message_sending', async (event) => {
      const key = event.conversationId ?? event.recipient?.id ?? 'default';
      const lang = userLang.get(key);
      if (!lang || lang === cfg.agentLanguage || !event?.text) return;
      const { out, restore } = protect(event.text, locales.tables.glossary);
      try {
        event.text = restore(await translate(cfg, out, cfg.agentLanguage, lang));
      } catch (err) {
        api.logger?.warn?.(`[reply-translate] ${err.message}`);
      }
    });
  },
};
