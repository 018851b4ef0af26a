import { Bot } from './lib/bot.mjs';
import { compile, routeFor, inQuietHours } from './lib/alerts.mjs';

const text = (s) => ({ content: [{ type: 'text', text: s }] });

export default {
  id: 'telegram-nudge',
  name: 'Telegram Nudge',
  register(api) {
    const cfg = { botTokenEnv: 'TELEGRAM_NUDGE_BOT_TOKEN', contacts: {}, keywords: [], quietHours: '22:00-07:00', ...(api.pluginConfig || {}) };
    let bot;
    const getBot = () => (bot ||= new Bot(process.env[cfg.botTokenEnv], { logger: api.logger }));
    const match = compile(cfg.keywords);

    const resolve = (who) => {
      if (/^-?\d+$/.test(who)) return who;
      const id = cfg.contacts[who] ?? cfg.contacts[who.toLowerCase()];
      if (!id) throw new Error(`Unknown contact "${who}". Known: ${Object.keys(cfg.contacts).join(', ') || '(none configured)'}`);
      return id;
    };

    api.registerTool({
      name: 'telegram_nudge',
      description: 'Send a Telegram message to a contact the user named (alias from config or numeric chat id). Confirm the recipient and text with the user first.',
      parameters: {
        type: 'object', required: ['to', 'message'],
        properties: { to: { type: 'string' }, message: { type: 'string' }, silent: { type: 'boolean' } },
      },
      async execute(_id, { to, message, silent }) {
        const chat = resolve(to);
        const quiet = silent ?? inQuietHours(cfg.quietHours);
        const r = await getBot().send(chat, message, { silent: quiet });
        return text(`Sent to ${to} (message ${r.message_id}${quiet ? ', silent' : ''}).`);
      },
    });

    api.registerTool({
      name: 'telegram_contacts',
      description: 'List the Telegram contact aliases the user configured.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const names = Object.keys(cfg.contacts);
        return text(names.length ? names.join('\n') : 'No contacts configured.');
      },
    });

    api.on('message_received', async (event) => {
      try {
        const body = event?.content ?? event?.message?.text ?? '';
        const hits = match(body);
        if (!hits.length) return;
        const who = event?.from ?? event?.sender?.name ?? 'someone';
        const channel = event?.channel ?? event?.channelId ?? 'chat';
        const note = `🔔 ${who} on ${channel} (${hits.join(', ')}):\n${body}`;
        for (const chat of routeFor(hits, cfg)) {
          await getBot().send(chat, note, { silent: inQuietHours(cfg.quietHours) });
        }
      } catch (err) {
        api.logger?.debug?.(`telegram-nudge alert failed: ${err.message}`);
      }
    });
  },
};
