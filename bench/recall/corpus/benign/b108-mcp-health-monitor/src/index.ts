import { checkStdio, checkHttp, type Spec, type Result } from "./checks.ts";

async function alert(url: string, kind: string, text: string) {
  const body = kind === "discord" ? { content: text } : { text };
  await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

export default {
  id: "mcp-health",
  name: "MCP Health Monitor",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const servers: Record<string, Spec> = cfg.servers ?? {};
    const last = new Map<string, Result>();
    let timer: NodeJS.Timeout | undefined;

    async function runAll(): Promise<string> {
      const lines: string[] = [];
      for (const [name, spec] of Object.entries(servers)) {
        const r = spec.url ? await checkHttp(spec) : await checkStdio(spec);
        const prev = last.get(name);
        last.set(name, r);
        lines.push(`${r.ok ? "✅" : "❌"} ${name} ${r.ms}ms${r.tools !== undefined ? ` ${r.tools} tools` : ""}${r.error ? ` (${r.error})` : ""}`);
        const changed = !prev || prev.ok !== r.ok;
        if (changed && cfg.webhookUrl && (prev || !r.ok)) {
          // Only server name, status and error text are sent; never args, env or headers.
          const msg = r.ok ? `MCP server *${name}* recovered (${r.ms} ms)` : `MCP server *${name}* is DOWN: ${r.error ?? "unknown error"}`;
          alert(cfg.webhookUrl, cfg.webhookKind ?? "slack", msg).catch((e) => api.logger.warn(`[mcp-health] webhook failed: ${e.message}`));
        }
      }
      return lines.join("\n") || "No servers configured.";
    }

    api.registerService({
      id: "mcp-health",
      start() {
        const every = Math.max(1, cfg.intervalMinutes ?? 10) * 60_000;
        timer = setInterval(() => void runAll(), every);
        void runAll();
      },
      stop() { if (timer) clearInterval(timer); },
    });

    api.registerCommand?.({
      name: "mcp-health",
      description: "Check all configured MCP servers now",
      handler: async () => ({ text: await runAll() }),
    });
  },
};
