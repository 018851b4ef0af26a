export type Update = { update_id: number; message?: { message_id: number; chat: { id: number; type: string }; from?: { id: number; username?: string }; text?: string; caption?: string } };

export class TelegramClient {
  constructor(private token: string, private base = "https://api.telegram.org") {}

  private url(method: string) { return `${this.base}/bot${this.token}/${method}`; }

  async call<T>(method: string, body: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.url(method), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const j: any = await res.json();
    if (!j.ok) throw new Error(`telegram ${method}: ${j.description}`);
    return j.result as T;
  }

  getUpdates(offset: number, timeout = 50) { return this.call<Update[]>("getUpdates", { offset, timeout, allowed_updates: ["message"] }); }
  sendMessage(chat_id: number | string, text: string, extra: Record<string, unknown> = {}) { return this.call("sendMessage", { chat_id, text, ...extra }); }
  sendChatAction(chat_id: number | string, action = "typing") { return this.call("sendChatAction", { chat_id, action }); }
}
