export type TgUpdate = { update_id: number; message?: any; edited_message?: any };

export class TelegramClient {
  constructor(private token: string, private base = "https://api.telegram.org") {}

  private url(method: string) {
    return `${this.base}/bot${this.token}/${method}`;
  }

  async call<T = any>(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const res = await fetch(this.url(method), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
    const json: any = await res.json();
    if (!json.ok) throw new Error(`telegram ${method}: ${json.description ?? res.status}`);
    return json.result as T;
  }

  getMe() { return this.call("getMe", {}); }

  getUpdates(offset: number, timeout: number, signal?: AbortSignal) {
    return this.call<TgUpdate[]>("getUpdates", { offset, timeout, allowed_updates: ["message", "edited_message"] }, signal);
  }

  sendMessage(chatId: string | number, text: string, threadId?: number) {
    return this.call("sendMessage", {
      chat_id: chatId,
      text,
      message_thread_id: threadId || undefined,
      parse_mode: "HTML",
      disable_web_page_preview: true,
    });
  }
}
