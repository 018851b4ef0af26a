'use strict';
const { TelegramBot } = require('./telegram');

function redactToken(s, token) { return token ? String(s).split(token).join('<redacted>') : String(s); }

module.exports = {
  id: 'telegram-channel',
  redactToken,
  register(api) {
    const cfg = api.pluginConfig;
    const bot = new TelegramBot(cfg.botToken);
    const allowed = new Set(cfg.allowedUserIds || []);
    let active = false;

    async function run() {
      while (active) {
        try {
          for (const m of await bot.poll(cfg.pollTimeout || 50)) {
            if (allowed.size && !allowed.has(m.from.id)) {
              await bot.sendMessage(m.chat.id, 'Sorry, you are not on this bot\'s allow-list.');
              continue;
            }
            const reply = await api.runtime.dispatchInbound({ channel: 'telegram', conversationId: String(m.chat.id), senderId: String(m.from.id), text: m.text });
            if (reply && reply.text) await bot.sendMessage(m.chat.id, reply.text, m.message_id);
          }
        } catch (e) {
          api.logger.warn('telegram poll error: ' + redactToken(e.message, cfg.botToken));
          await new Promise((r) => setTimeout(r, 3000));
        }
      }
    }
    api.registerService({ id: 'telegram-poll', start() { active = true; run(); }, stop() { active = false; } });
  },
};
