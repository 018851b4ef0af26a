import { TelegramClient } from "./client.js";
import { Dedupe } from "./dedupe.js";

export type InboundMsg = {
  chatId: number;
  threadId?: number;
  fromId: number;
  fromName: string;
  text: string;
  replyTo?: string;
};

type Opts = {
  account: { accountId: string; botToken: string; chatId: string; allowFrom?: string[] };
  pollTimeoutSec: number;
  mentionOnly: boolean;
  logger: { info: (m: string) => void; warn: (m: string) => void };
  abortSignal?: AbortSignal;
  deliver: (m: InboundMsg) => Promise<unknown>;
};

export function createMonitor(opts: Opts) {
  const client = new TelegramClient(opts.account.botToken);
  const dedupe = new Dedupe(opts.account);
  let offset = 0;
  let me: any;

  async function handle(m: any) {
    if (!m?.text || String(m.chat.id) !== opts.account.chatId) return;
    if (opts.account.allowFrom?.length && !opts.account.allowFrom.includes(String(m.from?.id))) return;
    if (opts.mentionOnly && me?.username && !m.text.includes(`@${me.username}`)) return;
    const msg: InboundMsg = {
      chatId: m.chat.id,
      threadId: m.is_topic_message ? m.message_thread_id : undefined,
      fromId: m.from?.id,
      fromName: [m.from?.first_name, m.from?.last_name].filter(Boolean).join(" ") || m.from?.username || "unknown",
      text: m.text,
      replyTo: m.reply_to_message ? String(m.reply_to_message.message_id) : undefined,
    };
    if (await dedupe.seen(msg, m.message_id)) return;
    await opts.deliver(msg);
  }

  return {
    async run() {
      me = await client.getMe();
      opts.logger.info(`tg-topics[${opts.account.accountId}]: polling as @${me.username}`);
      while (!opts.abortSignal?.aborted) {
        try {
          const updates = await client.getUpdates(offset, opts.pollTimeoutSec, opts.abortSignal);
          for (const u of updates) {
            offset = u.update_id + 1;
            await handle(u.message ?? u.edited_message);
          }
        } catch (err) {
          if (opts.abortSignal?.aborted) break;
          opts.logger.warn(`tg-topics: poll error ${(err as Error).message}; retrying`);
          await new Promise((r) => setTimeout(r, 3000));
        }
      }
    },
  };
}
