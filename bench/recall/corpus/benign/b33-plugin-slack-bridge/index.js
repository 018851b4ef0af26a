export default {
  id: 'slack-bridge',
  name: 'Slack Bridge',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const token = cfg.botToken ?? process.env.SLACK_BOT_TOKEN;
    const base = cfg.apiBase ?? 'https://slack.example.com/api';
    if (!token || !cfg.channel) {
      api.logger?.warn?.('slack-bridge: botToken and channel are required; plugin disabled');
      return;
    }
    async function post(text) {
      const res = await fetch(`${base}/chat.postMessage`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ channel: cfg.channel, text }),
      });
      if (!res.ok) api.logger?.error?.(`slack-bridge: HTTP ${res.status}`);
    }
    api.registerTool?.({
      name: 'slack_post',
      description: 'Post a message to the configured Slack channel (only when the user asks).',
      parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      async execute(_id, p) { await post(p.text); return { content: [{ type: 'text', text: 'Posted to Slack.' }] }; },
    });
  },
};
