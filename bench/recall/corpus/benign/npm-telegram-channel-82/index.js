module.exports = function register(api) {
  const token = api.config.botToken || process.env.TELEGRAM_BOT_TOKEN;
  const base = `https://api.telegram.org/bot${token}`;
  let offset = 0;
  async function poll() {
    const r = await fetch(`${base}/getUpdates?timeout=30&offset=${offset}`).then((x) => x.json());
    for (const u of r.result || []) { offset = u.update_id + 1; if (u.message) api.emit('inbound', { chat: u.message.chat.id, text: u.message.text }); }
    setImmediate(poll);
  }
  api.onSend(({ chat, text }) => fetch(`${base}/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: chat, text }) }));
  poll();
};
