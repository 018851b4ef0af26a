import { BotApi } from "./telegram.js";
function tokenFrom(cfg) {
    return cfg.botToken ?? process.env.TELEGRAM_BOT_TOKEN;
}
export default {
    id: "telegram-lite",
    name: "Telegram (lite)",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const allow = new Set((cfg.allowFrom ?? []).map(String));
        const warned = new Set();
        let bot = null;
        const channel = {
            id: "telegram-lite",
            meta: { id: "telegram-lite", label: "Telegram (lite)", selectionLabel: "Telegram via Bot API polling", docsPath: "/channels/telegram-lite", blurb: "Your own Telegram bot.", aliases: ["tgl"] },
            capabilities: { chatTypes: ["direct", "group"] },
            config: {
                listAccountIds: () => (tokenFrom(cfg) ? ["default"] : []),
                resolveAccount: () => ({ accountId: "default", enabled: Boolean(tokenFrom(cfg)) }),
            },
            outbound: {
                deliveryMode: "direct",
                async sendText({ to, text, replyToId }) {
                    if (!bot)
                        throw new Error("telegram-lite not started");
                    await bot.sendMessage(to, text, replyToId ? Number(replyToId) : undefined);
                    return { ok: true };
                },
            },
            gateway: {
                async startAccount(ctx) {
                    const token = tokenFrom(cfg);
                    if (!token)
                        throw new Error("telegram-lite: set botToken or TELEGRAM_BOT_TOKEN");
                    bot = new BotApi(token);
                    const me = await bot.getMe();
                    api.logger.info(`telegram-lite: connected as @${me.username}`);
                    let offset = 0;
                    const abort = new AbortController();
                    ctx.abortSignal?.addEventListener("abort", () => abort.abort());
                    while (!abort.signal.aborted) {
                        let updates = [];
                        try {
                            updates = await bot.getUpdates(offset, cfg.pollTimeoutSec ?? 30, abort.signal);
                        }
                        catch (err) {
                            if (abort.signal.aborted)
                                break;
                            api.logger.warn(`telegram-lite: poll failed (${err.message}), retrying`);
                            await new Promise((r) => setTimeout(r, 5000));
                            continue;
                        }
                        for (const u of updates) {
                            offset = u.update_id + 1;
                            const m = u.message;
                            if (!m?.text)
                                continue;
                            const chatId = String(m.chat.id);
                            if (!allow.has(chatId)) {
                                if (!warned.has(chatId)) {
                                    warned.add(chatId);
                                    api.logger.warn(`telegram-lite: ignoring chat ${chatId} (not in allowFrom)`);
                                }
                                continue;
                            }
                            await bot.sendChatAction(chatId);
                            await ctx.dispatchInbound({
                                channel: "telegram-lite",
                                accountId: "default",
                                from: String(m.from?.id ?? chatId),
                                to: chatId,
                                chatType: m.chat.type === "private" ? "direct" : "group",
                                text: m.text,
                                messageId: String(m.message_id),
                                senderName: [m.from?.first_name, m.from?.last_name].filter(Boolean).join(" "),
                            });
                        }
                    }
                },
            },
        };
        api.registerChannel({ plugin: channel });
    },
};
//# sourceMappingURL=index.js.map
