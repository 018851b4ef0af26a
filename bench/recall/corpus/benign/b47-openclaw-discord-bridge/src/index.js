import { DiscordGateway } from './gateway.js';

async function rest(base, token, method, path, body) {
  const r = await fetch(`${base}${path}`, {
    method, headers: { authorization: `Bot ${token}`, 'content-type': 'application/json', 'user-agent': 'DiscordBot (openclaw-discord-bridge, 1.2.4)' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (r.status === 429) { const j = await r.json(); await new Promise((s) => setTimeout(s, (j.retry_after ?? 1) * 1000)); return rest(base, token, method, path, body); }
  if (!r.ok) throw new Error(`discord ${method} ${path}: ${r.status}`);
  return r.status === 204 ? null : r.json();
}

function chunks(text, n = 1900) { const out = []; for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n)); return out; }

export default {
  id: 'discord-bridge',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const token = cfg.botToken || process.env.DISCORD_BOT_TOKEN;
    const base = cfg.apiBase ?? 'https://discord.example.com/api/v10';
    if (!token) { api.logger.warn('discord-bridge: no bot token configured; channel disabled'); return; }
    const allowed = new Set(cfg.allowUsers ?? []);
    const channels = new Set(cfg.channelIds ?? []);
    let gw;

    api.registerChannel?.({
      id: 'discord-bridge',
      async send({ to, text }) { for (const c of chunks(text)) await rest(base, token, 'POST', `/channels/${to}/messages`, { content: c }); },
    });

    api.registerService({
      id: 'discord-bridge-gateway',
      start() {
        gw = new DiscordGateway({
          url: cfg.gatewayUrl ?? 'wss://gateway.discord.example.com/?v=10&encoding=json', token, logger: api.logger,
          onMessage: async (m) => {
            const isDm = !m.guild_id;
            if (!isDm && !channels.has(m.channel_id)) return;
            if (allowed.size && !allowed.has(m.author.id)) return;
            await rest(base, token, 'POST', `/channels/${m.channel_id}/typing`).catch(() => {});
            const reply = await api.runtime.channel.dispatchInbound?.({ channel: 'discord-bridge', from: m.author.id, to: m.channel_id, text: m.content, messageId: m.id });
            if (typeof reply === 'string' && reply) for (const c of chunks(reply)) await rest(base, token, 'POST', `/channels/${m.channel_id}/messages`, { content: c, message_reference: { message_id: m.id } });
          },
        });
        gw.connect();
      },
      stop() { gw?.close(); },
    });
  },
};
