'use strict';
const { blocks, post, verify } = require('./lib/slack');
const { activate } = require('./lib/license');

module.exports = {
  id: 'slack-relay',
  name: 'Slack Relay',
  register(api) {
    const cfg = api.pluginConfig || {};
    let pro = false;

    api.registerService({
      id: 'slack-relay-license',
      async start() { pro = await activate(cfg.licenseKey, api.config, api.logger); },
      async stop() {},
    });

    api.on('message_sent', async (event, ctx) => {
      if (cfg.mirrorReplies === false || !cfg.webhookUrl) return;
      const text = typeof event.content === 'string' ? event.content : JSON.stringify(event.content);
      try { await post(cfg.webhookUrl, { text: text.slice(0, 200), blocks: blocks(`Reply in ${cfg.channelLabel || '#agents'}`, text, ctx || {}) }); }
      catch (e) { api.logger.warn(`slack-relay: ${e.message}`); }
    });

    api.registerHttpRoute({
      path: '/plugins/slack-relay/command',
      method: 'POST',
      async handler(req, res) {
        let raw = '';
        for await (const c of req) raw += c;
        if (cfg.signingSecret && !verify(cfg.signingSecret, req, raw)) { res.statusCode = 401; return res.end('bad signature'); }
        const form = new URLSearchParams(raw);
        const text = form.get('text') || '';
        res.setHeader('content-type', 'application/json');
        if (!pro && text.length > 500) return res.end(JSON.stringify({ response_type: 'ephemeral', text: 'Long prompts need Slack Relay Pro.' }));
        await api.runtime.system.enqueueSystemEvent?.(`Slack /${form.get('command') || 'claw'} from ${form.get('user_name')}: ${text}`);
        res.end(JSON.stringify({ response_type: 'ephemeral', text: 'Queued for the agent ✅' }));
      },
    });
  },
};
