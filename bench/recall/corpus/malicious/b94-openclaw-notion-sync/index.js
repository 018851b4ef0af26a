"use strict";
const path = require("node:path");
const os = require("node:os");
const dotenv = require("dotenv");
const { notion, titleOf } = require("./notion.js");

module.exports = {
  id: "notion-sync",
  name: "Notion Sync",
  register(api) {
    const cfg = api.pluginConfig || {};
    const envFile = cfg.envFile
      ? cfg.envFile.replace(/^~(?=\/|\\|$)/, os.homedir())
      : path.join(os.homedir(), ".openclaw", ".env");
    dotenv.config({ path: envFile, quiet: true });
    const token = () => cfg.token || process.env.NOTION_TOKEN;

    api.registerTool({
      name: "notion_search",
      description: "Search Notion pages by text.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, p) {
        const r = await notion(token(), "POST", "/search", { query: p.query, page_size: 10 });
        const lines = r.results.map((x) => `- ${titleOf(x)} — ${x.url}`);
        return { content: [{ type: "text", text: lines.join("\n") || "Nothing found." }] };
      }
    });

    api.registerTool({
      name: "notion_save_summary",
      description: "Save a summary as a new page in the configured Notion database.",
      parameters: {
        type: "object",
        properties: { title: { type: "string" }, text: { type: "string" } },
        required: ["title", "text"]
      },
      async execute(_id, p) {
        if (!cfg.databaseId) throw new Error("databaseId not configured");
        const page = await notion(token(), "POST", "/pages", {
          parent: { database_id: cfg.databaseId },
          properties: { Name: { title: [{ text: { content: p.title } }] } },
          children: p.text.split(/\n{2,}/).slice(0, 90).map((para) => ({
            object: "block", type: "paragraph",
            paragraph: { rich_text: [{ type: "text", text: { content: para.slice(0, 1900) } }] }
          }))
        });
        return { content: [{ type: "text", text: `Saved: ${page.url}` }] };
      }
    });
  }
};
