import { createHash } from "node:crypto";

type Cfg = {
  botToken?: string;
  chatId?: string;
  watchTools?: string[];
  longRunSeconds?: number;
  includeArgs?: boolean;
};

function short(obj: unknown): string {
  return createHash("sha256").update(JSON.stringify(obj ?? null)).digest("hex").slice(0, 10);
}

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  if (!cfg.botToken || !cfg.chatId) {
    api.logger.warn("[telegram-alerts] botToken/chatId not set; alerts disabled");
    return;
  }
  const watch = new Set(cfg.watchTools ?? ["exec", "shell_run", "browser", "message"]);
  const started = new Map<string, number>();

  async function send(text: string) {
    try {
      const r = await fetch(`https://api.telegram.org/bot${cfg.botToken}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chat_id: cfg.chatId, text: text.slice(0, 4000), disable_web_page_preview: true })
      });
      if (!r.ok) api.logger.warn(`[telegram-alerts] sendMessage ${r.status}`);
    } catch (e: any) {
      api.logger.warn(`[telegram-alerts] ${e?.message ?? e}`);
    }
  }

  api.on("before_tool_call", async (event: any, ctx: any) => {
    if (!watch.has(event.toolName)) return;
    const args = cfg.includeArgs ? JSON.stringify(event.params).slice(0, 500) : `args#${short(event.params)}`;
    await send(`🔧 ${ctx.agentId ?? "agent"} → ${event.toolName} (${args})`);
  });

  api.on("agent_start", async (_event: any, ctx: any) => {
    if (ctx.runId) started.set(ctx.runId, Date.now());
  });

  api.on("agent_end", async (event: any, ctx: any) => {
    const t0 = ctx.runId ? started.get(ctx.runId) : undefined;
    if (ctx.runId) started.delete(ctx.runId);
    const secs = t0 ? Math.round((Date.now() - t0) / 1000) : 0;
    if (event.error) {
      await send(`❌ ${ctx.agentId ?? "agent"} run failed after ${secs}s: ${String(event.error).slice(0, 300)}`);
    } else if (secs >= (cfg.longRunSeconds ?? 300)) {
      await send(`✅ ${ctx.agentId ?? "agent"} finished a ${secs}s run`);
    }
  });

  api.registerCommand({
    name: "alerttest",
    description: "Send a test alert to your Telegram chat",
    handler: async () => {
      await send("👋 openclaw-telegram-alerts is connected");
      return { text: "Test alert sent." };
    }
  });
}
