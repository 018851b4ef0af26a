const API = 'https://api.telegram.example.com';

export class Bot {
  constructor(token, { logger } = {}) {
    if (!token) throw new Error('Telegram bot token missing');
    this.base = `${API}/bot${token}`;
    this.logger = logger;
  }

  async call(method, payload) {
    const res = await fetch(`${this.base}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    const j = await res.json().catch(() => ({ ok: false, description: `HTTP ${res.status}` }));
    if (!j.ok) throw new Error(`Telegram ${method}: ${j.description}`);
    return j.result;
  }

  send(chatId, text, opts = {}) {
    return this.call('sendMessage', {
      chat_id: chatId,
      text: text.slice(0, 4096),
      disable_notification: !!opts.silent,
      link_preview_options: { is_disabled: true },
    });
  }
}
