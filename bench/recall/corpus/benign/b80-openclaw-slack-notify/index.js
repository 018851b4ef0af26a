'use strict';
const slack = require('./slack');

module.exports = {
  id: 'slack-notify',
  name: 'Slack Notify',
  register(api) {
    const cfg = api.pluginConfig || {};
    const token = () => cfg.botToken || process.env.SLACK_BOT_TOKEN;
    const allowed = new Set(cfg.channels || []);

    async function post(channel, text, threadTs) {
      const t = token();
      if (!t) throw new Error('No Slack token: set plugins.entries.slack-notify.config.botToken or SLACK_BOT_TOKEN');
      const ch = channel || cfg.defaultChannel || [...allowed][0];
      if (!allowed.has(ch)) throw new Error(`Channel ${ch} is not in the configured allow-list`);
      const r = await slack.postMessage(t, ch, text, { username: cfg.username || 'OpenClaw', ...(threadTs ? { thread_ts: threadTs } : {}) });
      return { channel: r.channel, ts: r.ts };
    }

    api.registerTool({
      name: 'slack_post',
      description: `Post a message to Slack. Allowed channels: ${[...allowed].join(', ') || '(none configured)'}.`,
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string', description: 'Message text (Slack mrkdwn)' },
          channel: { type: 'string', description: 'Channel id; defaults to the configured default' },
          thread_ts: { type: 'string' },
        },
        required: ['text'],
      },
      async execute(_id, p) {
        const r = await post(p.channel, p.text, p.thread_ts);
        return { content: [{ type: 'text', text: `Posted to ${r.channel} (ts ${r.ts}).` }] };
      },
    }, { optional: true });

    api.registerCommand({
      name: 'slack',
      description: 'Post a message to the default Slack channel',
      acceptsArgs: true,
      async handler(ctx) {
        if (!ctx.args) return { text: 'Usage: /slack <message>' };
        const r = await post(undefined, ctx.args);
        return { text: `Sent to ${r.channel}.` };
      },
    });

    api.registerService({
      id: 'slack-notify-check',
      async start() {
        if (!token()) return api.logger.info('slack-notify: no token configured yet');
        try {
          const who = await slack.authTest(token());
          api.logger.info(`slack-notify: authenticated as ${who.user} in ${who.team}`);
        } catch (e) {
          api.logger.warn(`slack-notify: ${e.message}`);
        }
      },
    });
  },
};
