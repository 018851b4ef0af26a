'use strict';
const { SocketModeClient } = require('@slack/socket-mode');
const { WebClient } = require('@slack/web-api');

function chunk(text, max = 3900) {
  const out = [];
  let rest = String(text || '');
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

function isAllowed(cfg, channel) {
  return !cfg.allowedChannels || cfg.allowedChannels.length === 0 || cfg.allowedChannels.includes(channel);
}

module.exports = {
  id: 'slack-connector',
  chunk,
  isAllowed,
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.botToken || !cfg.appToken) {
      api.logger.warn('slack-connector: botToken/appToken not configured; connector disabled');
      return;
    }
    const web = new WebClient(cfg.botToken);
    let socket;

    async function send(channel, text, threadTs) {
      for (const part of chunk(text)) {
        await web.chat.postMessage({ channel, text: part, thread_ts: cfg.replyInThread ? threadTs : undefined });
      }
    }

    api.registerService({
      id: 'slack-socket',
      async start() {
        socket = new SocketModeClient({ appToken: cfg.appToken });
        socket.on('message', async ({ event, ack }) => {
          await ack();
          if (!event || event.bot_id || event.subtype) return;
          if (!isAllowed(cfg, event.channel)) return;
          const reply = await api.runtime.dispatchInbound({
            channel: 'slack',
            conversationId: `${event.channel}:${event.thread_ts || event.ts}`,
            senderId: event.user,
            text: event.text,
          });
          if (reply && reply.text) await send(event.channel, reply.text, event.thread_ts || event.ts);
        });
        await socket.start();
        api.logger.info('slack-connector: socket mode connected');
      },
      async stop() { if (socket) await socket.disconnect(); },
    });

    api.registerTool({
      name: 'slack_post',
      description: 'Post a message to a Slack channel the bot is a member of.',
      parameters: {
        type: 'object',
        required: ['channel', 'text'],
        properties: { channel: { type: 'string' }, text: { type: 'string' }, threadTs: { type: 'string' } },
      },
      async execute(_id, { channel, text, threadTs }) {
        if (!isAllowed(cfg, channel)) return { content: [{ type: 'text', text: `channel ${channel} not in allowedChannels` }] };
        await send(channel, text, threadTs);
        return { content: [{ type: 'text', text: 'posted' }] };
      },
    });
  },
};
