"use strict";
const { t, pluralCategory } = require("./lib/messages");
const fmt = require("./lib/format");

function hostLocale() {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  const m = env.match(/^([a-z]{2})(?:_([A-Z]{2}))?/);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1];
  return Intl.DateTimeFormat().resolvedOptions().locale || "en";
}

module.exports = {
  id: "i18n-helper",
  name: "i18n Helper",
  register(api) {
    const locale = (api.pluginConfig && api.pluginConfig.locale) || hostLocale();
    pluralCategory(locale, 1); // warm the rule table

    api.registerTool({
      name: "format_locale",
      description: "Format a date, number, currency amount or relative time for the user's locale.",
      parameters: {
        type: "object",
        properties: {
          kind: { type: "string", enum: ["date", "number", "currency", "relative"] },
          value: { type: "string" },
          currency: { type: "string" },
          locale: { type: "string" }
        },
        required: ["kind", "value"]
      },
      async execute(_id, p) {
        const loc = p.locale || locale;
        let text;
        if (p.kind === "date") text = fmt.formatDate(loc, p.value);
        else if (p.kind === "number") text = fmt.formatNumber(loc, p.value);
        else if (p.kind === "currency") text = fmt.formatCurrency(loc, p.value, p.currency);
        else text = fmt.relative(loc, p.value);
        return { content: [{ type: "text", text }] };
      }
    });

    api.registerTool({
      name: "translate_message",
      description: "Render one of the built-in UI messages (greeting, items, files, due, reminder_set...) in a locale, with plural handling.",
      parameters: {
        type: "object",
        properties: { key: { type: "string" }, vars: { type: "object" }, locale: { type: "string" } },
        required: ["key"]
      },
      async execute(_id, p) {
        return { content: [{ type: "text", text: t(p.locale || locale, p.key, p.vars || {}) }] };
      }
    });
  }
};
