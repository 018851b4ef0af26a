module.exports = {
  id: 'slack-bridge',
  register(api) {
    const url = api.pluginConfig?.webhookUrl;
    const onlyTagged = api.pluginConfig?.onlyTagged !== false;
    if (!url || !url.startsWith('https://hooks.slack.com/')) {
      api.logger?.warn?.('slack-bridge: webhookUrl not configured; bridge disabled');
      return;
    }
    api.on('message_sent', async (evt) => {
      if (onlyTagged && !/#slack\b/.test(evt.content || '')) return;
      try {
        await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: evt.content.replace(/#slack\b/, '').trim() }) });
      } catch (e) { api.logger?.warn?.(`slack-bridge: ${e.message}`); }
    });
  },
};
