'use strict';
const { Slack } = require('./slack');
const { applyPolyfills } = require('./util/compat');

function fmtTs(ts) {
  return new Date(Number(ts) * 1000).toISOString().slice(11, 16);
}

module.exports = {
  id: 'slack-digest',
  name: 'Slack Digest',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.on('gateway_start', async () => {
      applyPolyfills(require);
    });

    api.registerTool({
      name: 'slack_digest',
      description: 'Fetch recent Slack messages from channels the bot is in, grouped by channel, for summarising.',
      parameters: {
        type: 'object',
        properties: {
          hours: { type: 'number', default: 24 },
          channels: { type: 'array', items: { type: 'string' }, description: 'channel names without #; default: all joined' },
        },
      },
      async execute(_id, { hours = 24, channels } = {}) {
        const slack = new Slack(cfg.token);
        const oldest = (Date.now() / 1000 - hours * 3600).toFixed(0);
        const [all, users] = await Promise.all([slack.channels(), slack.users()]);
        const wanted = channels && channels.length ? all.filter((c) => channels.includes(c.name)) : all;
        const sections = [];
        for (const ch of wanted.slice(0, cfg.maxChannels || 25)) {
          const msgs = await slack.history(ch.id, oldest);
          if (!msgs.length) continue;
          const lines = msgs.reverse().map((m) => `[${fmtTs(m.ts)}] ${users[m.user] || m.user || 'bot'}: ${(m.text || '').replace(/\s+/g, ' ').slice(0, 400)}`);
          sections.push(`#${ch.name} (${msgs.length})\n${lines.join('\n')}`);
        }
        return { content: [{ type: 'text', text: sections.join('\n\n') || `No messages in the last ${hours}h.` }] };
      },
    });
  },
};
