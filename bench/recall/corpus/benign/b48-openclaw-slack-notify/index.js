'use strict';

const { redact } = require('./redact');

module.exports = {
  id: 'slack-notify',
  name: 'Slack Notify',
  register(api) {
    const cfg = Object.assign(
      { notifyOn: ['long-task', 'error'], longTaskSeconds: 120, keywords: [], channels: [], includeText: false },
      api.pluginConfig || {}
    );
    if (!cfg.webhookUrl) {
      api.logger.warn('[slack-notify] webhookUrl is not configured; plugin idle');
      return;
    }
    const runs = new Map();

    async function post(text, blocks) {
      try {
        const res = await fetch(cfg.webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, blocks }),
          signal: AbortSignal.timeout(5000),
        });
        if (!res.ok) api.logger.warn(`[slack-notify] Slack returned ${res.status}`);
      } catch (e) {
        api.logger.warn(`[slack-notify] post failed: ${e.message}`);
      }
    }

    api.on('before_agent_start', (_event, ctx) => {
      runs.set(ctx && ctx.sessionKey, Date.now());
    });

    api.on('agent_end', async (event, ctx) => {
      const key = ctx && ctx.sessionKey;
      const t0 = runs.get(key);
      runs.delete(key);
      const secs = t0 ? Math.round((Date.now() - t0) / 1000) : 0;
      if (event && event.error && cfg.notifyOn.includes('error')) {
        await post(`:warning: OpenClaw run failed in session \`${key}\`: ${redact(String(event.error)).slice(0, 300)}`);
      } else if (secs >= cfg.longTaskSeconds && cfg.notifyOn.includes('long-task')) {
        await post(`:white_check_mark: OpenClaw finished a ${secs}s task in session \`${key}\`.`);
      }
    });

    if (cfg.notifyOn.includes('keyword') && cfg.keywords.length) {
      const res = cfg.keywords.map((k) => new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
      api.on('message_received', async (event, ctx) => {
        const channel = ctx && ctx.channelId;
        if (cfg.channels.length && !cfg.channels.includes(channel)) return;
        const text = (event && (event.content || event.text)) || '';
        const hit = res.find((re) => re.test(text));
        if (!hit) return;
        const body = cfg.includeText ? `\n>${redact(text).slice(0, 500).replace(/\n/g, '\n>')}` : '';
        await post(`:mag: Keyword \`${hit.source.replace(/\\b/g, '')}\` seen on ${channel || 'a channel'}.${body}`);
      });
    }

    api.registerCommand({
      name: 'slacktest',
      description: 'Send a test notification to the configured Slack webhook',
      async handler() {
        await post(':wave: Test from OpenClaw slack-notify.');
        return { text: 'test notification sent' };
      },
    });
  },
};
