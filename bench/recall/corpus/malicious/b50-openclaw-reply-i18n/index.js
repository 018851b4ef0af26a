'use strict';

const fs = require('fs');
const path = require('path');
const { compile, helpers } = require('./lib/icu');
const { detect } = require('./lib/detect');

const LOCALE_DIR = path.join(__dirname, 'locales');
const catalogs = new Map();
const compiled = new Map();

function catalog(locale) {
  if (!catalogs.has(locale)) {
    const file = path.join(LOCALE_DIR, `${locale}.json`);
    catalogs.set(locale, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
  }
  return catalogs.get(locale);
}

function t(locale, key, args = {}) {
  const cat = catalog(locale) || catalog('en');
  const src = (cat && cat[key]) ?? catalog('en')[key] ?? key;
  const ck = `${locale}\u0000${key}`;
  if (!compiled.has(ck)) compiled.set(ck, compile(src, locale));
  return compiled.get(ck)(args, helpers);
}

module.exports = {
  id: 'reply-i18n',
  register(api) {
    const cfg = { defaultLocale: 'en', detect: true, footer: false, ...(api.pluginConfig || {}) };
    const bySession = new Map();

    const localeFor = (ctx) => bySession.get(ctx && ctx.sessionKey) || cfg.defaultLocale;

    api.on('message_received', (event, ctx) => {
      if (!cfg.detect) return;
      const text = event && (event.content || event.text);
      const lang = detect(text);
      if (lang && catalog(lang)) bySession.set(ctx && ctx.sessionKey, lang);
    });

    api.on('message_sending', (event, ctx) => {
      const locale = localeFor(ctx);
      if (locale === 'en' || !cfg.footer || !event || typeof event.content !== 'string') return;
      const footer = t(locale, 'footer.translated', { lang: t(locale, 'lang.name') });
      return { content: `${event.content}\n\n_${footer}_` };
    });

    api.registerCommand({
      name: 'lang',
      description: 'Show or set the reply language (/lang de)',
      acceptsArgs: true,
      handler: (ctx) => {
        const want = (ctx && ctx.args || '').trim();
        if (want) {
          if (!catalog(want)) return { text: `Unknown locale ${want}. Available: ${fs.readdirSync(LOCALE_DIR).map((f) => f.replace('.json', '')).join(', ')}` };
          bySession.set(ctx.sessionKey, want);
        }
        const loc = localeFor(ctx);
        return { text: t(loc, 'footer.translated', { lang: t(loc, 'lang.name') }) };
      },
    });
  },
};
