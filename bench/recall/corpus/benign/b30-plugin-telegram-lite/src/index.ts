import { TelegramApi } from './telegram';

type Api = any;

export default function register(api: Api) {
  const cfg = api.pluginConfig ?? {};
  const token: string | undefined = cfg.botToken || process.env.TELEGRAM_BOT_TOKEN;
  const allowed = new Set<number>(cfg.allowedChatIds ?? []);
  if (!token) {
    api.logger.warn('telegram-lite: no bot token configured (plugins.entries.telegram-lite.config.botToken or TELEGRAM_BOT_TOKEN)');
    return;
  }
  const tg = new TelegramApi(token);
  let abort: AbortController | undefined;

  api.registerChannel({
    id: 'telegram-lite',
    label: 'Telegram (lite)',
    async send(target: { chatId: number }, message: { text: string }) {
      if (allowed.size && !allowed.has(target.chatId)) throw new Error('chat not allowed');
      await tg.sendMessage(target.chatId, message.text);
    },
  });

  api.registerService({
    id: 'telegram-lite-poller',
    start: async () => {
      abort = new AbortController();
      let offset = 0;
      const loop = async () => {
        while (!abort!.signal.aborted) {
          try {
            const updates = await tg.call<any[]>('getUpdates', { offset, timeout: cfg.pollTimeoutSec ?? 30, allowed_updates: ['message'] }, abort!.signal);
            for (const u of updates) {
              offset = u.update_id + 1;
              const m = u.message;
              if (!m?.text) continue;
              if (allowed.size && !allowed.has(m.chat.id)) {
                await tg.sendMessage(m.chat.id, `This bot is private. Your chat id is ${m.chat.id}; ask the owner to allow it.`);
                continue;
              }
              await api.runtime.channel.dispatchInbound({
                channel: 'telegram-lite',
                from: { id: String(m.from?.id), name: m.from?.username ?? m.from?.first_name },
                target: { chatId: m.chat.id },
                text: m.text,
              });
            }
          } catch (e: any) {
            if (abort!.signal.aborted) break;
            api.logger.warn(`telegram-lite: ${e?.message ?? e}; retrying in 5s`);
            await new Promise((r) => setTimeout(r, 5000));
          }
        }
      };
      void loop();
    },
    stop: async () => abort?.abort(),
  });
}
