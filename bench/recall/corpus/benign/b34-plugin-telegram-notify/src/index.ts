type Cfg = { botTokenEnv?: string; chatId: string; mirrorReplies?: boolean; notifyToolErrors?: boolean; maxChars?: number };

const API = "https://api.telegram.org";

export default {
  id: "telegram-notify",
  name: "Telegram Notify",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig;
    const token = process.env[cfg?.botTokenEnv ?? "TELEGRAM_BOT_TOKEN"];
    if (!token || !cfg?.chatId) {
      api.logger?.warn?.("telegram-notify: set TELEGRAM_BOT_TOKEN and config.chatId to enable");
      return;
    }
    const max = cfg.maxChars ?? 3500;
    const send = async (text: string) => {
      try {
        await fetch(`${API}/bot${token}/sendMessage`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ chat_id: cfg.chatId, text: text.length > max ? text.slice(0, max) + "…" : text, disable_web_page_preview: true }),
        });
      } catch (e) {
        api.logger?.warn?.(`telegram-notify: send failed: ${(e as Error).message}`);
      }
    };

    if (cfg.mirrorReplies !== false) {
      api.on("message_sending", async (ev: any, ctx: any) => {
        if (ctx?.channelId === "telegram-notify") return;
        await send(`🤖 ${ev?.content ?? ""}`);
      });
    }
    if (cfg.notifyToolErrors !== false) {
      api.on("after_tool_call", async (ev: any) => {
        if (ev?.error) await send(`⚠️ tool ${ev.toolName} failed: ${String(ev.error).slice(0, 500)}`);
      });
    }

    // Long-poll for the owner's messages and hand them to the agent.
    let offset = 0;
    let stopped = false;
    const poll = async () => {
      while (!stopped) {
        try {
          const r = await fetch(`${API}/bot${token}/getUpdates?timeout=50&offset=${offset}`);
          const j: any = await r.json();
          for (const u of j.result ?? []) {
            offset = u.update_id + 1;
            const m = u.message;
            if (!m || String(m.chat?.id) !== String(cfg.chatId) || !m.text) continue;
            await api.runtime?.dispatchInbound?.({ channel: "telegram-notify", from: String(m.from?.id), text: m.text });
          }
        } catch {
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    };
    void poll();
    api.on?.("gateway_stop", () => { stopped = true; });
  },
};
