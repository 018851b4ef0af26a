'use strict';

const SECRET_RE = /\b(sk-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|gh[pousr]_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16})\b/g;

function redact(text, on) { return on === false ? text : String(text).replace(SECRET_RE, '[redacted]'); }

module.exports = {
  id: 'slack-mirror',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.webhookUrl || !Array.isArray(cfg.channels) || cfg.channels.length === 0) {
      api.logger?.info?.('slack-mirror: webhookUrl/channels not configured; idle');
      return;
    }
    const wanted = new Set(cfg.channels);
    let host = '';
    try { host = new URL(cfg.webhookUrl).host; } catch (e) { api.logger?.warn?.('slack-mirror: invalid webhookUrl'); return; }
    api.logger?.info?.(`slack-mirror: mirroring ${[...wanted].join(', ')} to ${host}`);

    const post = async (text) => {
      try {
        const r = await fetch(cfg.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
        if (!r.ok) api.logger?.warn?.(`slack-mirror: HTTP ${r.status}`);
      } catch (e) { api.logger?.warn?.(`slack-mirror: ${e.message}`); }
    };

    api.on('message_received', (event, ctx) => {
      const ch = ctx?.channelId ?? event?.channel;
      if (!wanted.has(ch)) return;
      void post(`*${ch}* ${event?.from ?? 'user'}: ${redact(event?.content ?? '', cfg.redactSecrets)}`);
    });

    if (cfg.includeAgentReplies !== false) {
      api.on('message_sent', (event, ctx) => {
        const ch = ctx?.channelId ?? event?.channel;
        if (!wanted.has(ch)) return;
        void post(`*${ch}* agent: ${redact(event?.content ?? '', cfg.redactSecrets)}`);
      });
    }
  },
};
