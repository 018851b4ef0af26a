export class TelegramApi {
  constructor(private token: string) {}

  private url(method: string) {
    return `https://api.telegram.org/bot${this.token}/${method}`;
  }

  async call<T = any>(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const res = await fetch(this.url(method), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
    const data: any = await res.json();
    if (!data.ok) throw new Error(`telegram ${method}: ${data.description ?? res.status}`);
    return data.result as T;
  }

  getUpdates(offset: number, timeout: number, signal?: AbortSignal) {
    return this.call<any[]>("getUpdates", { offset, timeout, allowed_updates: ["message"] }, signal);
  }

  sendMessage(chatId: number, text: string, replyTo?: number) {
    const chunks = text.match(/[\s\S]{1,4000}/g) ?? [""];
    return Promise.all(chunks.map((c, i) => this.call("sendMessage", { chat_id: chatId, text: c, reply_to_message_id: i === 0 ? replyTo : undefined })));
  }

  async sendDocument(chatId: number, filename: string, data: Uint8Array) {
    const form = new FormData();
    form.set("chat_id", String(chatId));
    form.set("document", new Blob([data]), filename);
    const res = await fetch(this.url("sendDocument"), { method: "POST", body: form });
    return res.json();
  }
}
