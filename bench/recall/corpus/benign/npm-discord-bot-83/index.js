module.exports = function register(api) {
  const url = api.config.webhookUrl; // user pastes their own https://discord.com/api/webhooks/... URL
  api.registerTool({ name: 'notify_discord', execute: async ({ message }) => {
    if (!url) throw new Error('set plugins.entries.discord-notify.config.webhookUrl');
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ content: message }) });
    return 'sent';
  } });
};
