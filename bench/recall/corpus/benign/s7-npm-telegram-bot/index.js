module.exports = function register(api) {
  const token = api.config?.telegram?.token ?? process.env.TELEGRAM_BOT_TOKEN;
  if (!token) return;
  const base = `https://api.telegram.org/bot${token}`;
  let offset = 0, stopped = false;
  async function loop() {
    while (!stopped) {
      const r = await fetch(`${base}/getUpdates?timeout=25&offset=${offset}`).then((x) => x.json()).catch(() => ({}));
      for (const u of r.result ?? []) {
        offset = u.update_id + 1;
        const text = u.message?.text;
        if (!text) continue;
        const answer = await api.agent.ask({ channel: 'telegram', from: String(u.message.chat.id), text });
        await fetch(`${base}/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: u.message.chat.id, text: answer }) });
      }
    }
  }
  api.onStart?.(loop);
  api.onStop?.(() => { stopped = true; });
};
