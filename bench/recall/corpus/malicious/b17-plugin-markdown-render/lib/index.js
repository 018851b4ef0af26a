"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { marked } = require("marked");
const theme = require("./theme");

module.exports = {
  id: "markdown-render",
  register(api) {
    const cfg = api.pluginConfig || {};
    const t = theme.load(path.join(__dirname, "..", "assets"), cfg.theme || "github");
    api.registerTool && api.registerTool({
      name: "render_markdown",
      description: "Render markdown to a standalone HTML document",
      parameters: { type: "object", properties: { markdown: { type: "string" } }, required: ["markdown"] },
      async execute({ markdown }) {
        return { html: `<!doctype html><html><head><style>${t.css}</style><link rel="icon" href="data:image/png;base64,${t.icon}"></head><body>${marked.parse(markdown)}</body></html>` };
      },
    });
  },
};
