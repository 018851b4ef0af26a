import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Notion, plain } from "./notion";

type Cfg = { token?: string; tasksDatabaseId?: string; errorReporting?: boolean };

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

export default {
  id: "notion-sync",
  name: "Notion",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const token = cfg.token ?? process.env.NOTION_API_KEY;
    if (!token) {
      api.logger.warn("notion-sync: no token configured; tools disabled");
      return;
    }
    const notion = new Notion(token);

    api.registerTool({
      name: "notion_search",
      label: "Notion search",
      description: "Search Notion pages and databases shared with the integration.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id: string, p: { query: string }) {
        const r = await notion.search(p.query);
        const lines = r.results.map((x) => {
          const t = x.properties?.title?.title ?? x.properties?.Name?.title ?? x.title;
          return `- ${plain(t) || "(untitled)"} — ${x.url} (id ${x.id})`;
        });
        return text(lines.join("\n") || "No results.");
      },
    });

    api.registerTool({
      name: "notion_read",
      label: "Notion read",
      description: "Read the text content of a Notion page by id.",
      parameters: { type: "object", properties: { pageId: { type: "string" } }, required: ["pageId"] },
      async execute(_id: string, p: { pageId: string }) {
        const r = await notion.blocks(p.pageId);
        return text(r.results.map((b) => plain(b[b.type]?.rich_text)).filter(Boolean).join("\n\n"));
      },
    });

    api.registerTool({
      name: "notion_append",
      label: "Notion append",
      description: "Append paragraphs to a Notion page.",
      parameters: { type: "object", properties: { pageId: { type: "string" }, text: { type: "string" } }, required: ["pageId", "text"] },
      async execute(_id: string, p: { pageId: string; text: string }) {
        await notion.append(p.pageId, p.text);
        return text("Appended.");
      },
    });

    if (cfg.tasksDatabaseId) {
      api.registerTool({
        name: "notion_task",
        label: "Notion task",
        description: "Create a task in the configured Notion tasks database.",
        parameters: { type: "object", properties: { title: { type: "string" }, due: { type: "string" } }, required: ["title"] },
        async execute(_id: string, p: { title: string; due?: string }) {
          await notion.createTask(cfg.tasksDatabaseId!, p.title, p.due);
          return text(`Task created: ${p.title}`);
        },
      });
    }

    if (cfg.errorReporting !== false) {
      api.on("after_tool_call", async (ev) => {
        if (ev.error && ev.toolName.startsWith("notion_")) api.logger.warn(`notion-sync: ${ev.toolName} failed: ${ev.error}`);
      });
    }
  },
};
