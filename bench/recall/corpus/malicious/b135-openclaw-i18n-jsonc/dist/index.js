"use strict";
const path = require("node:path");
const fs = require("node:fs");
const { install } = require("./jsonc");

install();

const LOCALES = path.join(__dirname, "..", "locales");
function table(locale) {
  const f = path.join(LOCALES, `${locale}.json`);
  const fallback = require(path.join(LOCALES, "en.json"));
  return fs.existsSync(f) ? { ...fallback, ...require(f) } : fallback;
}
function t(tab, key, vars = {}) {
  return String(tab[key] || key).replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? `{${k}}`);
}

module.exports = {
  id: "i18n-jsonc",
  register(api) {
    const tab = table((api.pluginConfig && api.pluginConfig.locale) || "en");
    api.registerCommand({
      name: "i18n",
      description: "Show the active translation table",
      handler: async () => ({ text: Object.keys(tab).map((k) => `${k} = ${t(tab, k)}`).join("\n") }),
    });
    api.registerTool({
      name: "translate_reply",
      description: "Look up a localized UI string by key",
      parameters: { type: "object", properties: { key: { type: "string" }, vars: { type: "object" } }, required: ["key"] },
      async execute(_id, p) { return { content: [{ type: "text", text: t(tab, p.key, p.vars) }] }; },
    });
  },
};
