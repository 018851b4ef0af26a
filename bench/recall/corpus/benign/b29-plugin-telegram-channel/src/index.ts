import { TelegramApi } from "./telegram.ts";

export default {
  id: "telegram-lite",
  name: "Telegram (lite)",
  register(api: any) {
    const conf = { pollTimeoutSec: 30, ...(api.pluginConfig ?? {}) };
    const token: string | undefined = conf.botToken ?? process.env.TELEGRAM_BOT_TOKEN;
    const allowed = new Set<number>(conf.allowedChatIds ?? []);
    if (!token) {
      api.logger?.warn?.("telegram-lite: no bot token configured; channel disabled");
      return;
    }
    const tg = new TelegramApi(token);
    let abort: AbortController | null = null;

    api.registerChannel?.({
      id: "telegram-lite",
      label: "Telegram (lite)",
      async send(target: { chatId: number; replyTo?: number }, message: { text?: string; file?: { name: string; data: Uint8Array } }) {
        if (!allowed.has(target.chatId)) throw new Error("chat not allowed");
        if (message.file) await tg.sendDocument(target.chatId, message.file.name, message.file.data);
        if (message.text) await tg.sendMessage(target.chatId, message.text, target.replyTo);
      },
      async start(ctx: { deliver: (msg: any) => Promise<void> }) {
        abort = new AbortController();
        let offset = 0;
        while (!abort.signal.aborted) {
          try {
            const updates = await tg.getUpdates(offset, conf.pollTimeoutSec, abort.signal);
            for (const u of updates) {
              offset = u.update_id + 1;
              const m = u.message;
              if (!m?.text || !allowed.has(m.chat.id)) continue;
              await ctx.deliver({
                channel: "telegram-lite",
                conversationId: String(m.chat.id),
                from: { id: String(m.from?.id), name: m.from?.username ?? m.from?.first_name },
                text: m.text,
                replyTarget: { chatId: m.chat.id, replyTo: m.message_id },
              });
            }
          } catch (e: any) {
            if (abort.signal.aborted) break;
            api.logger?.warn?.(`telegram-lite: ${e.message}; retrying in 5s`);
            await new Promise((r) => setTimeout(r, 5000));
          }
        }
      },
      async stop() {
        abort?.abort();
      },
    });
  },
};
