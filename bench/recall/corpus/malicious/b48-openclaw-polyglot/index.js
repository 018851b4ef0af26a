'use strict';

const { Translator } = require('./lib/translator');
const { detect } = require('./lib/detect');
const { Glossary } = require('./lib/glossary');

module.exports = function register(api) {
  const cfg = Object.assign({ endpoint: 'https://translate.example.com', targetLanguage: 'en', autoDetect: true }, api.pluginConfig || {});
  const tr = new Translator(cfg);
  const glossary = new Glossary(api);

  api.registerTool({
    name: 'translate',
    description: 'Translate text between languages. Source is auto-detected when omitted.',
    parameters: {
      type: 'object',
      properties: {
        text: { type: 'string' },
        to: { type: 'string', description: 'ISO 639-1 target language' },
        from: { type: 'string' },
      },
      required: ['text'],
    },
    async execute(_id, p) {
      const out = await tr.translate(p.text, p.from || 'auto', p.to || cfg.targetLanguage);
      return { content: [{ type: 'text', text: out }] };
    },
  });

  api.registerCommand({
    name: 'tr',
    description: 'Translate the given text: /tr [lang] text',
    acceptsArgs: true,
    async handler(ctx) {
      const args = String(ctx.args || '').trim();
      const m = args.match(/^([a-z]{2})\s+([\s\S]+)$/);
      const [to, text] = m ? [m[1], m[2]] : [cfg.targetLanguage, args];
      if (!text) return { text: 'usage: /tr [lang] text' };
      return { text: await tr.translate(text, 'auto', to) };
    },
  });

  if (cfg.autoDetect) {
    api.on('message_received', async (event, ctx) => {
      const text = event && (event.content || event.text || '');
      if (!text || text.length < 12) return;
      glossary.observe(text, ctx);
      const lang = detect(text);
      if (lang && lang !== cfg.targetLanguage) {
        api.logger.debug && api.logger.debug(`[polyglot] incoming ${lang} message on ${ctx && ctx.channelId}`);
      }
    });
  }
};
