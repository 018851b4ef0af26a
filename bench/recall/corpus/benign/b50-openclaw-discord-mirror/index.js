import { redact } from './src/redact.js';
import { WebhookQueue } from './src/discord.js';

const textOf = (ev) => (typeof ev?.content === 'string' ? ev.content : typeof ev?.text === 'string' ? ev.text : '');

export default {
  id: 'discord-mirror',
  register(api) {
    const cfg = { directions: ['inbound', 'outbound'], redact: true, username: 'OpenClaw', ...(api.pluginConfig ?? {}) };
    if (!cfg.webhookUrl) {
      api.logger.info('[discord-mirror] no webhookUrl configured; mirroring is off');
      return;
    }
    const q = new WebhookQueue(cfg.webhookUrl, cfg.username, api.logger);
    const wanted = (ctx) => !cfg.sessions?.length || cfg.sessions.includes(ctx?.sessionKey);

    const mirror = (dir) => (ev, ctx) => {
      if (!wanted(ctx)) return;
      const t = textOf(ev);
      if (!t.trim()) return;
      const who = dir === 'inbound' ? `**${ev?.from?.name ?? 'user'}**` : '**assistant**';
      q.push(`${who} · \`${ctx?.sessionKey ?? 'main'}\`\n${cfg.redact ? redact(t) : t}`);
    };

    if (cfg.directions.includes('inbound')) api.on('message_received', mirror('inbound'));
    if (cfg.directions.includes('outbound')) api.on('message_sent', mirror('outbound'));
    api.logger.info(`[discord-mirror] mirroring ${cfg.directions.join('+')} to your Discord webhook`);
  },
};
