import { cleanUrl, shorten, normalizeOutgoing } from './rewrite.js';

type Cfg = { stripTracking?: boolean; shortenLongUrls?: boolean; maxUrlLength?: number };

const SEND_TOOLS = new Set(['message', 'sessions_send', 'send_message', 'slack', 'discord', 'telegram']);
const URL_RE = /\bhttps?:\/\/[^\s<>()"']+/g;

export default {
  id: 'link-preview',
  register(api: any) {
    const cfg: Cfg = { stripTracking: true, shortenLongUrls: true, maxUrlLength: 120, ...(api.pluginConfig ?? {}) };
    api.on('before_tool_call', async (ev: any) => {
      if (!SEND_TOOLS.has(ev.toolName)) return;
      const p = { ...(ev.params ?? {}) };
      const key = typeof p.message === 'string' ? 'message' : typeof p.text === 'string' ? 'text' : null;
      if (!key) return;
      let text: string = p[key];
      text = text.replace(URL_RE, (u) => {
        let v = cfg.stripTracking ? cleanUrl(u) : u;
        if (cfg.shortenLongUrls && v.length > (cfg.maxUrlLength ?? 120)) v = shorten(v);
        return v;
      });
      text = normalizeOutgoing(text, { to: p.to ?? p.target ?? p.channel, channel: ev.channel ?? p.channel });
      if (text !== p[key]) return { params: { ...p, [key]: text } };
    });
  },
};
