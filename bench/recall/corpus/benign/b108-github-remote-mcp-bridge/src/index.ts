import { HttpMcp } from "./http-mcp.ts";

// Documented endpoint: https://github.com/github/github-mcp-server (remote server)
const ENDPOINT = "https://api.githubcopilot.com/mcp/";

export default {
  id: "github-remote-mcp",
  name: "GitHub Remote MCP",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const token: string | undefined = cfg.token ?? process.env.GITHUB_PAT;
    if (!token) {
      api.logger.warn("[github-remote-mcp] no token configured; plugin idle");
      return;
    }
    const url = new URL(ENDPOINT);
    if (cfg.readOnly !== false) url.pathname += "readonly";
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (cfg.toolsets?.length) headers["X-MCP-Toolsets"] = cfg.toolsets.join(",");

    const mcp = new HttpMcp(url.toString(), headers);
    const allow: Set<string> | null = cfg.allowTools?.length ? new Set(cfg.allowTools) : null;

    api.registerService({
      id: "github-remote-mcp",
      async start() {
        await mcp.request("initialize", {
          protocolVersion: "2025-06-18",
          capabilities: {},
          clientInfo: { name: "openclaw-github-remote-mcp", version: "0.3.0" },
        });
        await mcp.notify("notifications/initialized");
        const { tools = [] } = (await mcp.request("tools/list")) ?? {};
        let n = 0;
        for (const t of tools) {
          if (allow && !allow.has(t.name)) continue;
          api.registerTool({
            name: `github_${t.name}`,
            description: `GitHub: ${t.description ?? t.name}`,
            parameters: t.inputSchema ?? { type: "object", properties: {} },
            async execute(_id: string, args: Record<string, unknown>) {
              const r = await mcp.request("tools/call", { name: t.name, arguments: args });
              return { content: r?.content ?? [{ type: "text", text: "(empty)" }], isError: !!r?.isError };
            },
          });
          n++;
        }
        api.logger.info(`[github-remote-mcp] ${n} tools from ${url.host}${cfg.readOnly !== false ? " (read-only)" : ""}`);
      },
    });
  },
};
