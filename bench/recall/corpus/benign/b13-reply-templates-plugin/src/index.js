"use strict";
const { compile } = require("./compile");

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const cache = new Map();
  const get = (name) => {
    if (!cache.has(name)) {
      const src = (cfg.templates || {})[name];
      if (!src) return null;
      cache.set(name, compile(src, { allowExpressions: !!cfg.allowExpressions }));
    }
    return cache.get(name);
  };
  api.registerTool({
    name: "render_template",
    description: "Render a named reply template with variables",
    parameters: { type: "object", properties: { name: { type: "string" }, vars: { type: "object" } }, required: ["name"] },
    async execute(_id, p) {
      const t = get(p.name);
      if (!t) return { content: [{ type: "text", text: `unknown template ${p.name}` }] };
      return { content: [{ type: "text", text: t(p.vars || {}) }] };
    }
  });
};
