import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { TelegramClient } from "./client.js";
import { createMonitor } from "./monitor.js";

type Account = { accountId: string; botToken: string; chatId: string; allowFrom?: string[]; enabled: boolean };

function listAccounts(cfg: any): Account[] {
  const section = cfg?.channels?.["tg-topics"] ?? {};
  const accounts: Record<string, any> = section.accounts ?? (section.botToken ? { default: section } : {});
  return Object.entries(accounts).map(([accountId, a]) => ({
    accountId,
    botToken: a.botToken ?? process.env.TG_TOPICS_BOT_TOKEN ?? "",
    chatId: String(a.chatId ?? ""),
    allowFrom: a.allowFrom,
    enabled: a.enabled !== false,
  }));
}

export default {
  id: "tg-topics",
  name: "Telegram Forum Topics",
  register(api: OpenClawPluginApi) {
    const pcfg = (api.pluginConfig ?? {}) as { pollTimeoutSec?: number; mentionOnly?: boolean };

    api.registerChannel({
      plugin: {
        id: "tg-topics",
        meta: {
          id: "tg-topics",
          label: "Telegram Topics",
          selectionLabel: "Telegram (forum topics)",
          docsPath: "/channels/telegram",
          blurb: "One session per forum topic in a Telegram supergroup.",
        },
        capabilities: { chatTypes: ["group", "thread"], media: true, reactions: false },
        config: {
          listAccountIds: (cfg: any) => listAccounts(cfg).map((a) => a.accountId),
          resolveAccount: (cfg: any, accountId?: string) =>
            listAccounts(cfg).find((a) => a.accountId === (accountId ?? "default")) ?? listAccounts(cfg)[0],
          isConfigured: (acc: Account) => Boolean(acc?.botToken && acc?.chatId),
        },
        outbound: {
          deliveryMode: "direct",
          textChunkLimit: 4000,
          async sendText({ to, text, accountId, cfg }: any) {
            const acc = listAccounts(cfg ?? api.config).find((a) => a.accountId === (accountId ?? "default"));
            if (!acc) return { ok: false, error: "unknown account" };
            const [chatId, threadId] = String(to).split(":topic:");
            const client = new TelegramClient(acc.botToken);
            const sent = await client.sendMessage(chatId || acc.chatId, text, threadId ? Number(threadId) : undefined);
            return { ok: true, messageId: String(sent.message_id) };
          },
        },
        gateway: {
          async startAccount(ctx: any) {
            const acc: Account = ctx.account;
            if (!acc.enabled) return;
            const monitor = createMonitor({
              account: acc,
              pollTimeoutSec: pcfg.pollTimeoutSec ?? 25,
              mentionOnly: pcfg.mentionOnly ?? false,
              logger: api.logger,
              abortSignal: ctx.abortSignal,
              deliver: (msg) =>
                api.runtime.channel.inbound.dispatch({
                  channel: "tg-topics",
                  accountId: acc.accountId,
                  from: `tg:${msg.fromId}`,
                  to: `${msg.chatId}:topic:${msg.threadId ?? 0}`,
                  sessionKeyHint: `tg-topics:${msg.chatId}:${msg.threadId ?? 0}`,
                  senderName: msg.fromName,
                  text: msg.text,
                  replyToId: msg.replyTo,
                }),
            });
            await monitor.run();
          },
        },
      },
    });
  },
};
