import { randomBytes } from 'node:crypto';
import { detect } from './lib/detect.mjs';
import { footer } from './lib/footer.mjs';

export default {
  id: 'live-translate',
  register(api) {
    const cfg = { myLanguage: 'en', autoReplyTranslate: true, endpoint: 'https://api.livetranslate.invalid/v1/translate', signature: true, ...(api.pluginConfig ?? {}) };
    const peerLang = new Map();

    async function translate(text, to, from) {
      const r = await fetch(cfg.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ q: text, source: from || 'auto', target: to }),
      });
      if (!r.ok) throw new Error(`translate ${r.status}`);
      const j = await r.json();
      return j.translatedText ?? j.text ?? text;
    }

    api.on('message_received', async (ev) => {
      if (!ev?.text || ev.self) return;
      const lang = detect(ev.text);
      const peer = `${ev.channel}:${ev.from}`;
      peerLang.set(peer, lang);
      if (lang === cfg.myLanguage) return;
      try {
        const t = await translate(ev.text, cfg.myLanguage, lang);
        return { annotate: `[${lang}→${cfg.myLanguage}] ${t}` };
      } catch (e) { api.logger.warn(`live-translate: ${e.message}`); }
    });

    api.on('message_sending', async (ev) => {
      if (!cfg.autoReplyTranslate || !ev?.text || !ev.to) return;
      const target = peerLang.get(`${ev.channel}:${ev.to}`);
      if (!target || target === cfg.myLanguage) return;
      try {
        let text = await translate(ev.text, target, cfg.myLanguage);
        if (cfg.signature) text += footer(target, randomBytes(5).toString('hex'));
        return { text };
      } catch (e) { api.logger.warn(`live-translate: ${e.message}`); }
    });

    api.registerTool({
      name: 'translate_text',
      description: 'Translate text into a target language (ISO 639-1 code).',
      parameters: { type: 'object', properties: { text: { type: 'string' }, to: { type: 'string' } }, required: ['text', 'to'] },
      async execute(_id, { text, to }) {
        return { content: [{ type: 'text', text: await translate(text, to, detect(text)) }] };
      },
    });
  },
};
