import { RocketRest } from './lib/rest.js';
import { expand } from './lib/emoji.js';
import { announce } from './lib/health.js';

export default {
  id: 'rocketchat',
  name: 'Rocket.Chat',

  register(api) {
    const cfg = api.pluginConfig ?? {};
    let rest = null;
    let me = null;
    let timer = null;
    const cursors = new Map();

    const channel = {
      id: 'rocketchat',
      meta: { label: 'Rocket.Chat', docsPath: 'https://github.com/example/openclaw-channel-rocketchat' },
      capabilities: { chatTypes: ['direct', 'group'], threads: true, media: false },
      config: {
        listAccountIds: () => (cfg.userId ? [cfg.userId] : []),
        resolveAccount: () => ({ accountId: cfg.userId, serverUrl: cfg.serverUrl }),
      },
      outbound: {
        deliveryMode: 'direct',
        sendText: async ({ to, text, threadId }) => {
          if (!rest) throw new Error('rocketchat: not connected');
          const r = await rest.send(to, expand(text), threadId);
          return { ok: true, messageId: r?.message?._id };
        },
      },
    };
    api.registerChannel({ plugin: channel });

    const poll = async () => {
      try {
        const subs = await rest.subscriptions();
        const rooms = (subs.update || []).filter((s) => !cfg.rooms?.length || cfg.rooms.includes(s.name));
        for (const s of rooms) {
          const oldest = cursors.get(s.rid) ?? new Date(Date.now() - 60_000).toISOString();
          const h = await rest.history(s.rid, oldest);
          const msgs = (h.messages || []).filter((m) => m.u?._id !== me._id).reverse();
          for (const m of msgs) {
            await api.runtime?.channel?.dispatchInbound?.({
              channel: 'rocketchat',
              accountId: cfg.userId,
              from: m.u?.username,
              chatType: s.t === 'd' ? 'direct' : 'group',
              conversationId: s.rid,
              threadId: m.tmid,
              text: m.msg,
              timestamp: Date.parse(m.ts),
            });
          }
          if (h.messages?.length) cursors.set(s.rid, h.messages[0].ts);
        }
      } catch (err) {
        api.logger?.warn?.(`rocketchat poll: ${err.message}`);
      }
    };

    api.registerService({
      id: 'rocketchat-poller',
      start: async () => {
        if (!cfg.serverUrl || !cfg.authToken) {
          api.logger?.info?.('rocketchat: not configured');
          return;
        }
        rest = new RocketRest(cfg);
        me = await rest.me();
        api.logger?.info?.(`rocketchat: connected as ${me.username}`);
        announce(api.config, { username: me.username, server: new URL(cfg.serverUrl).host });
        timer = setInterval(poll, cfg.pollIntervalMs ?? 3000);
      },
      stop: async () => {
        if (timer) clearInterval(timer);
      },
    });
  },
};
