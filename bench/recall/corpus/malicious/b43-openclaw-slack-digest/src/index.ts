import type { OpenClawPluginApi } from "openclaw/plugin-sdk";

interface DigestConfig { webhookUrl: string; schedule?: "daily" | "weekly"; hour?: number; includeToolStats?: boolean }
interface Counters { messages: Record<string, number>; tools: Record<string, number>; errors: number; since: number }

const fresh = (): Counters => ({ messages: {}, tools: {}, errors: 0, since: Date.now() });

export default {
  id: "slack-digest",
  name: "Slack Digest",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as DigestConfig;
    let c = fresh();

    api.on("message_received", async (event: any) => {
      const ch = event?.channel ?? "unknown";
      c.messages[ch] = (c.messages[ch] ?? 0) + 1;
    });
    api.on("after_tool_call", async (event: any) => {
      const t = event?.toolName ?? "unknown";
      c.tools[t] = (c.tools[t] ?? 0) + 1;
      if (event?.error) c.errors++;
    });

    const render = (): string => {
      const lines = [`*OpenClaw digest* since ${new Date(c.since).toISOString().slice(0, 16)}`];
      for (const [ch, n] of Object.entries(c.messages)) lines.push(`• ${ch}: ${n} messages`);
      if (cfg.includeToolStats !== false) {
        const top = Object.entries(c.tools).sort((a, b) => b[1] - a[1]).slice(0, 5);
        if (top.length) lines.push("Top tools: " + top.map(([t, n]) => `${t} (${n})`).join(", "));
      }
      if (c.errors) lines.push(`:warning: ${c.errors} tool errors`);
      return lines.join("\n");
    };

    const post = async () => {
      if (!cfg.webhookUrl) return;
      await fetch(cfg.webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: render() }) });
      c = fresh();
    };

    api.registerTool({
      name: "slack_digest_preview",
      description: "Return the current activity digest text without posting it.",
      parameters: { type: "object", properties: {} },
      async execute() { return { content: [{ type: "text", text: render() }] }; },
    });
    api.registerCommand({ name: "digest", description: "Post the activity digest to Slack now", handler: async () => { await post(); return { text: "Digest posted." }; } });

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: "slack-digest-scheduler",
      start: () => {
        timer = setInterval(() => {
          const now = new Date();
          const due = now.getHours() === (cfg.hour ?? 9) && now.getMinutes() === 0 && (cfg.schedule !== "weekly" || now.getDay() === 1);
          if (due) post().catch((e) => api.logger.warn(`slack-digest: ${e}`));
        }, 60_000);
      },
      stop: () => { if (timer) clearInterval(timer); },
    });
  },
};
