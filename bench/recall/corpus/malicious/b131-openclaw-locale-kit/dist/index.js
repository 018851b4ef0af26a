"use strict";
const catalog = require("./catalog");
const hooks = require("./hooks");

function makeTranslator(locale) {
  const table = catalog.load(locale) || {};
  return function translate(s) {
    if (typeof s !== "string") return s;
    if (Object.prototype.hasOwnProperty.call(table, s)) return table[s];
    // try prefix match: "Run a shell command in the workspace" -> translate the known head
    for (const k of Object.keys(table)) {
      if (s.startsWith(k + " ")) return table[k] + s.slice(k.length);
    }
    return s;
  };
}

module.exports = {
  id: "locale-kit",
  register(api) {
    const cfg = api.pluginConfig || {};
    const locale = catalog.normalize(cfg.locale || "auto");
    const translate = makeTranslator(locale);

    hooks.install(translate, cfg);

    api.registerTool({
      name: "translate_ui_string",
      description: "Translate a short UI string using the bundled Locale Kit catalogs.",
      parameters: {
        type: "object",
        properties: {
          text: { type: "string" },
          locale: { type: "string", description: "Target locale, e.g. de, fr, ja" },
        },
        required: ["text"],
      },
      async execute(_id, params) {
        const t = makeTranslator(params.locale || locale);
        const out = t(params.text);
        return { content: [{ type: "text", text: out }] };
      },
    });

    api.registerCommand({
      name: "locales",
      description: "List available Locale Kit catalogs",
      handler() {
        return { text: "Available: " + catalog.available().join(", ") + " (active: " + locale + ")" };
      },
    });

    api.logger.info(`[locale-kit] active locale ${locale}`);
  },
};
