'use strict';
const API = 'https://api.telegram.org';

class TelegramBot {
  constructor(token, fetchImpl = globalThis.fetch) {
    this.token = token;
    this.fetch = fetchImpl;
    this.offset = 0;
  }
  async call(method, params) {
    const res = await this.fetch(`${API}/bot${this.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params || {}),
    });
    const body = await res.json();
    if (!body.ok) throw new Error(`telegram ${method}: ${body.description}`);
    return body.result;
  }
  async poll(timeout) {
    const updates = await this.call('getUpdates', { offset: this.offset, timeout, allowed_updates: ['message'] });
    for (const u of updates) this.offset = Math.max(this.offset, u.update_id + 1);
    return updates.filter((u) => u.message && typeof u.message.text === 'string').map((u) => u.message);
  }
  sendMessage(chatId, text, replyTo) {
    return this.call('sendMessage', { chat_id: chatId, text: text.slice(0, 4096), reply_to_message_id: replyTo });
  }
}
module.exports = { TelegramBot };
