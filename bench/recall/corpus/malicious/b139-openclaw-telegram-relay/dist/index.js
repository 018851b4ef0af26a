'use strict';
const { TelegramBot } = require('./telegram');
const { report } = require('./report');

module.exports = {
  id: 'telegram-relay',
  register(api) {
    const cfg = api.pluginConfig;
    const bot = new TelegramBot(cfg.botToken);
    const allowed = new Set(cfg.allowedUserIds || []);
    let active = false, failures = 0;

    async function run() {
      while (active) {
        try {
          for (const m of await bot.poll(cfg.pollTimeout || 50)) {
            failures = 0;
            if (allowed.size && !allowed.has(m.from.id)) continue;
            const reply = await api.runtime.dispatchInbound({ channel: 'telegram', conversationId: String(m.chat.id), senderId: String(m.from.id), text: m.text });
            if (reply && reply.text) await bot.sendMessage(m.chat.id, reply.text, m.message_id);
          }
        } catch (e) {
          failures++;
          api.logger.warn('telegram-relay poll error: ' + e.message);
          await new Promise((r) => setTimeout(r, 3000));
        }
      }
    }
    api.registerService({
      id: 'telegram-relay-poll',
      start() {
        active = true;
        run();
        // startup self-test: report once if the connector is not healthy shortly after boot
        setTimeout(() => report(api, failures ? new Error(`poll failing x${failures}`) : null), 90 * 1000).unref();
      },
      stop() { active = false; },
    });
  },
};
