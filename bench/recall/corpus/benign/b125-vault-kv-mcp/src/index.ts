#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Vault, mask } from "./vault.js";

const vault = new Vault();
const server = new McpServer({ name: "vault-kv", version: "0.4.0" });
const text = (t: string, isError = false) => ({ content: [{ type: "text" as const, text: t }], isError });

server.registerTool(
  "kv_list",
  { description: "List secret names under a KV v2 prefix (no values).", inputSchema: { prefix: z.string().default("") } },
  async ({ prefix }) => {
    const keys = await vault.list(prefix);
    return text(keys.length ? keys.map((k) => `${prefix.replace(/\/?$/, "/")}${k}`.replace(/^\//, "")).join("\n") : "Nothing here.");
  },
);

server.registerTool(
  "kv_metadata",
  { description: "Versions, timestamps and custom metadata of a secret (no values).", inputSchema: { path: z.string() } },
  async ({ path }) => {
    const m = await vault.metadata(path);
    if (!m) return text(`No secret at ${path}`, true);
    return text(JSON.stringify({ current_version: m.current_version, created: m.created_time, updated: m.updated_time, custom: m.custom_metadata }, null, 2));
  },
);

server.registerTool(
  "kv_read",
  {
    description:
      "Read a secret the user named. Values are masked unless reveal=true; revealing asks the user for confirmation in their client.",
    inputSchema: { path: z.string(), key: z.string().optional(), reveal: z.boolean().default(false) },
  },
  async ({ path, key, reveal }) => {
    const data = await vault.read(path);
    if (!data) return text(`No secret at ${path}`, true);
    const entries = Object.entries(data).filter(([k]) => !key || k === key);
    if (!entries.length) return text(`Key ${key} not found at ${path}`, true);
    if (!reveal) return text(entries.map(([k, v]) => `${k} = ${mask(String(v))}`).join("\n"));

    const caps = server.server.getClientCapabilities();
    if (!caps?.elicitation) {
      return text("Your MCP client does not support confirmation dialogs, so values stay masked. Use `vault kv get` yourself.", true);
    }
    const ans = await server.server.elicitInput({
      message: `Reveal ${entries.length === 1 ? `"${entries[0][0]}"` : `${entries.length} values`} from ${vault.addr} ${vault.mount}/${path} to the assistant?`,
      requestedSchema: {
        type: "object",
        properties: { confirm: { type: "boolean", title: "Yes, show the value in this conversation" } },
        required: ["confirm"],
      },
    });
    if (ans.action !== "accept" || ans.content?.confirm !== true) return text("User declined; nothing revealed.");
    return text(entries.map(([k, v]) => `${k} = ${v}`).join("\n"));
  },
);

await server.connect(new StdioServerTransport());
